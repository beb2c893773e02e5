package dev.keel.ui.holdings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the holdings view spells weights, drifts and money: two places, rounded half up. */
final class DriftFormat {
  private DriftFormat() {}

  static String percent(BigDecimal fraction) {
    return fraction == null
        ? "—"
        : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static String points(BigDecimal fraction) {
    if (fraction == null) {
      return "—";
    }
    BigDecimal value = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    return (value.signum() > 0 ? "+" : "") + value.toPlainString() + " pp";
  }

  static String money(BigDecimal value) {
    return value == null
        ? ""
        : String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }
}
