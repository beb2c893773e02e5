package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats for the reasons and warnings the engine writes (text, not for files). */
final class Percent {

  private Percent() {}

  /** A fraction as a percentage with one decimal: {@code 0.382 -> "38.2%"}. */
  static String of(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A fraction as percentage points with one decimal: {@code 0.05 -> "5.0 pp"}. */
  static String points(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " pp";
  }

  /** A drift as signed percentage points with two decimals: {@code -0.0166 -> "-1.66 pp"}. */
  static String signedPoints(BigDecimal fraction) {
    BigDecimal points = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    return (points.signum() >= 0 ? "+" : "") + points.toPlainString() + " pp";
  }

  /** Money with two decimals and its currency: {@code "1234.50 USD"}. */
  static String money(BigDecimal amount, String currency) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
  }
}
