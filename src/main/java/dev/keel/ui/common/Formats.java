package dev.keel.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the window spells weights, drifts and money: two places, rounded half up, the same on every
 * machine (no locale). Also the one conversion of a fraction to a chart value.
 */
public final class Formats {
  private Formats() {}

  public static String percent(BigDecimal fraction) {
    return fraction == null
        ? "—"
        : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  public static String points(BigDecimal fraction) {
    if (fraction == null) {
      return "—";
    }
    BigDecimal value = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    return (value.signum() > 0 ? "+" : "") + value.toPlainString() + " pp";
  }

  public static String money(BigDecimal value) {
    return value == null
        ? ""
        : String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }

  /** A fraction in percent (or percentage points) as a double: for drawing a chart only. */
  public static double chartValue(BigDecimal fraction) {
    return fraction == null ? 0 : fraction.movePointRight(2).doubleValue();
  }
}
