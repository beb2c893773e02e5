package dev.keel.ui.exposure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the exposure view writes its figures: each rounded once to the places it is shown with, the
 * same decimal then written and measured (the columns are fitted to it), with grouping and no
 * locale. The analytics are in doubles; these decimals are for display only.
 */
final class Figures {
  /** Places of money: the base currency's cents. */
  static final int MONEY = 2;

  /** Places of a delta in units of the underlying. */
  static final int UNITS = 4;

  /** Places of a gamma, change of delta per one unit of price: small for a coin worth 90,000. */
  static final int GAMMA = 6;

  /** Significant digits of a model price. */
  private static final MathContext MODEL = new MathContext(6, RoundingMode.HALF_UP);

  private Figures() {}

  /** {@code value} rounded to {@code places}, or null when it is null or not a number. */
  static BigDecimal rounded(Double value, int places) {
    if (value == null || !Double.isFinite(value)) {
      return null;
    }
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
  }

  /** {@code value} to six significant digits, as the command line's table shows model prices. */
  static BigDecimal significant(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return null;
    }
    return BigDecimal.valueOf(value).round(MODEL).stripTrailingZeros();
  }

  /** {@code value} as its shortest decimal: a price as the file gave it. */
  static BigDecimal plain(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return null;
    }
    BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** A decimal with grouping and its own places: "-1,234.5678"; empty for null. */
  static String grouped(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return String.format(Locale.ROOT, "%,." + Math.max(value.scale(), 0) + "f", value);
  }

  /** A decimal as written, without grouping: a price. */
  static String written(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** Money at two places with grouping. */
  static String money(double value) {
    return grouped(rounded(value, MONEY));
  }

  /** A volatility (a fraction) in percent at two places: "39.92 %"; null for undefined. */
  static BigDecimal volPercent(Double volatility) {
    return volatility == null ? null : rounded(volatility * 100, 2);
  }

  /** A leverage as "2.11x", "—" when it is not defined (equity 0 or less). */
  static String leverage(Double leverage) {
    return leverage == null ? "—" : rounded(leverage, 2).toPlainString() + "x";
  }
}
