package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where a computed amount becomes an order quantity: a whole number of lot steps.
 * Every quantity the engine proposes passes through here.
 */
public final class Lots {
  private Lots() {}

  /**
   * The quantity worth {@code value} at {@code unitValue} per unit, as a whole number of {@code
   * lotStep}s, rounded with {@code mode} (DOWN never exceeds the value, UP always reaches it).
   */
  public static BigDecimal quantityFor(
      BigDecimal value, BigDecimal unitValue, BigDecimal lotStep, RoundingMode mode) {
    BigDecimal lots = value.divide(unitValue.multiply(lotStep), 0, mode);
    return lots.multiply(lotStep).stripTrailingZeros();
  }

  /** The largest multiple of {@code lotStep} not above {@code quantity}. */
  public static BigDecimal floor(BigDecimal quantity, BigDecimal lotStep) {
    return quantity.divide(lotStep, 0, RoundingMode.FLOOR).multiply(lotStep).stripTrailingZeros();
  }

  /** Whether {@code quantity} is a whole number of {@code lotStep}s. */
  public static boolean isMultiple(BigDecimal quantity, BigDecimal lotStep) {
    return quantity.remainder(lotStep).signum() == 0;
  }
}
