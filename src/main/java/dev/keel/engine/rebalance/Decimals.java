package dev.keel.engine.rebalance;

import java.math.BigDecimal;

/**
 * Decimals as Keel shows and exports them: no trailing zeros and never an exponent, so {@code
 * 100.00} and {@code 100} read alike and {@code 1E+2} never appears.
 */
public final class Decimals {
  private Decimals() {}

  /** The value without trailing zeros, with a scale of at least zero. */
  public static BigDecimal clean(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The cleaned value in plain notation, for example {@code "0.5"} or {@code "46"}. */
  public static String plain(BigDecimal value) {
    return clean(value).toPlainString();
  }
}
