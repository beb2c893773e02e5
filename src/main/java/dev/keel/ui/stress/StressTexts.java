package dev.keel.ui.stress;

import dev.keel.io.text.PlainDecimals;

/**
 * How the stress view writes its figures, as {@code keel stress} does: money in the base currency
 * at two places, ratios and weights in percent, "LIQ" where an account is liquidated (a word, not a
 * colour) and "-" for a figure that does not apply.
 */
final class StressTexts {
  /** What a figure that does not apply shows. */
  static final String NOT_APPLICABLE = "-";

  /** What a liquidated account shows instead of its margin ratio. */
  static final String LIQUIDATED = "LIQ";

  /** What an account at or past liquidation before any scenario shows as its margin ratio. */
  static final String LIQUIDATED_NOW = "LIQ now";

  /** Between a cell's P&amp;L and its margin ratio. */
  static final String BETWEEN = " · ";

  private StressTexts() {}

  static String money(double value) {
    return PlainDecimals.fixed(value, 2);
  }

  /** A fraction in percent at two places: "15.25%"; "-" for null. */
  static String percent(Double fraction) {
    return fraction == null ? NOT_APPLICABLE : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }

  /** A scenario's weight in whole percent: "35%". */
  static String weight(double weight) {
    return PlainDecimals.fixed(weight * 100, 0) + "%";
  }

  /** Calendar days as a plain number: "1", "0.5". */
  static String days(double days) {
    return new java.math.BigDecimal(Double.toString(days)).stripTrailingZeros().toPlainString();
  }

  /** A P&amp;L as a share of an equity, signed, at one place: "-53.2% of equity". */
  static String shareOfEquity(double pnl, double equity) {
    if (!(equity > 0)) {
      return "no equity to measure it against";
    }
    double share = pnl / equity * 100;
    return (share > 0 ? "+" : "") + PlainDecimals.fixed(share, 1) + "% of equity";
  }
}
