package dev.keel.archprobe.ui;

import java.math.BigDecimal;

/** Legal: a ui helper that needs nothing but the JDK. */
public final class Formats {
  private Formats() {}

  public static String percent(BigDecimal weight) {
    return weight.movePointRight(2).toPlainString() + " %";
  }
}
