package dev.keel.model.margin;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One leverage tier of a contract, as a venue publishes it: it covers notional above the previous
 * tier's cap up to its own, with a maintenance rate, a maintenance amount ({@code cum} at Binance)
 * that keeps the maintenance margin continuous from tier to tier, and the highest leverage allowed.
 *
 * @param notionalCap the largest notional of the tier, in the contract's quote currency; {@code
 *     null} for the last tier, which has no cap
 * @param maintenanceRate the share of the notional held as maintenance margin, in (0, 1)
 * @param maxLeverage the highest leverage a position of this notional may take, at least 1
 * @param maintenanceAmount subtracted from notional x rate: 0 for the first tier, then {@code floor
 *     x (rate - previous rate) + previous amount}
 */
public record MarginTier(
    BigDecimal notionalCap,
    BigDecimal maintenanceRate,
    BigDecimal maxLeverage,
    BigDecimal maintenanceAmount) {

  public MarginTier {
    if (notionalCap != null) {
      Checks.positive(notionalCap, "notionalCap");
    }
    Checks.positive(maintenanceRate, "maintenanceRate");
    if (maintenanceRate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "maintenanceRate must be below 1: " + maintenanceRate.toPlainString());
    }
    Objects.requireNonNull(maxLeverage, "maxLeverage");
    if (maxLeverage.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "maxLeverage must be at least 1: " + maxLeverage.toPlainString());
    }
    Checks.nonNegative(maintenanceAmount, "maintenanceAmount");
  }

  /** Whether a notional falls in this tier, given where the tier starts. */
  boolean holds(BigDecimal notional) {
    return notionalCap == null || notional.compareTo(notionalCap) <= 0;
  }
}
