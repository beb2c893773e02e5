package dev.keel.archprobe.model;

import dev.keel.archprobe.engine.Rounding;
import java.math.BigDecimal;

/** Breaks modelUses and layers (and closes a cycle with the engine): the model calls the engine. */
public final class ModelUsesEngine {
  private ModelUsesEngine() {}

  static BigDecimal lot(BigDecimal amount) {
    return Rounding.toLot(amount);
  }
}
