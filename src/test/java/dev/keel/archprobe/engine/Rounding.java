package dev.keel.archprobe.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Legal: an engine helper that needs nothing but the JDK. */
public final class Rounding {
  private Rounding() {}

  public static BigDecimal toLot(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.DOWN);
  }
}
