package dev.keel.ui.margin;

import dev.keel.io.text.PlainDecimals;
import java.math.RoundingMode;

/**
 * How the margin view writes its figures, as {@code keel margin} does: money at two places, ratios
 * in percent at two places, prices to ten significant digits and liquidation prices to seven. A
 * figure that does not apply is "-", a liquidation (or a move to it) that cannot be reached "none";
 * never 0.
 */
final class MarginTexts {
  /** What a figure that does not apply shows. */
  static final String NOT_APPLICABLE = "-";

  /** What a liquidation that cannot be reached shows. */
  static final String NONE = "none";

  /** The text marker of an account at or past liquidation: colour is never the only signal. */
  static final String AT_LIQUIDATION = "!! liquidation";

  private static final PlainDecimals PRICE = new PlainDecimals(10, RoundingMode.HALF_UP);

  private static final PlainDecimals LIQUIDATION = new PlainDecimals(7, RoundingMode.HALF_UP);

  private MarginTexts() {}

  static String money(double value) {
    return PlainDecimals.fixed(value, 2);
  }

  /** A fraction in percent at two places: "15.25%"; "-" for null. */
  static String percent(Double fraction) {
    return fraction == null ? NOT_APPLICABLE : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }

  /** A leverage as "4.04x"; "-" for null. */
  static String leverage(Double leverage) {
    return leverage == null ? NOT_APPLICABLE : PlainDecimals.fixed(leverage, 2) + "x";
  }

  /** The common move to liquidation in percent; "none" when no move liquidates the account. */
  static String shock(Double shock) {
    return shock == null ? NONE : percent(shock);
  }

  /** A quantity or price to ten significant digits. */
  static String price(double value) {
    return PRICE.plain(value);
  }

  /** An entry price; "-" when the file gives none. */
  static String entry(Double value) {
    return value == null ? NOT_APPLICABLE : PRICE.plain(value);
  }

  /** A liquidation price to seven significant digits; "none" when it cannot be reached. */
  static String liquidation(Double value) {
    return value == null ? NONE : LIQUIDATION.plain(value);
  }
}
