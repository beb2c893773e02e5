package dev.keel.model.margin;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;

/** Checks of the rates and levels of margin rules; a failure is a bug of the caller. */
final class Rates {
  private Rates() {}

  /** A rate above 0 and below 1. */
  static BigDecimal belowOne(BigDecimal rate, String what) {
    Checks.positive(rate, what);
    if (rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(what + " must be below 1: " + rate.toPlainString());
    }
    return rate;
  }

  /** A rate above 0 and at most 1. */
  static BigDecimal atMostOne(BigDecimal rate, String what) {
    Checks.positive(rate, what);
    if (rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be at most 1: " + rate.toPlainString());
    }
    return rate;
  }
}
