package dev.keel.analytics.stress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A number as scenario names show it: signed, at most four places, no trailing zeros. */
final class Signed {
  private Signed() {}

  /** {@code +20}, {@code -2.5}, {@code 0}. */
  static String of(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
  }

  /** A fraction as a percentage: {@code -0.16} as {@code -16 %}. */
  static String percent(double fraction) {
    return of(fraction * 100) + " %";
  }
}
