package dev.keel.archprobe.analytics.pricing;

import dev.keel.archprobe.engine.Rounding;
import java.math.BigDecimal;

/**
 * Breaks analyticsUses and layers (and closes a cycle with the engine): a pricer calls the engine.
 */
public final class PricerUsesEngine {
  private PricerUsesEngine() {}

  static double lot(double amount) {
    return Rounding.toLot(BigDecimal.valueOf(amount)).doubleValue();
  }
}
