package dev.keel.model.margin;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;

/**
 * The margin rates of a coin's perpetuals and futures under a size-scaled rule (Deribit's since
 * 2022-01-11): each rate grows with the position's size in the coin, {@code rate + size x
 * sizeRate}, and applies to the position's value. Deribit's BTC contracts: initial 2 %, maintenance
 * 1 %, 0.005 % more per BTC; ETH: 0.0004 % more per ETH.
 *
 * @param initialRate the initial margin rate of a position of size 0, in (0, 1)
 * @param maintenanceRate the maintenance margin rate of a position of size 0, in (0, 1), at most
 *     the initial rate
 * @param sizeRate what each coin of size adds to both rates, 0 or more and below 1
 */
public record FutureRates(BigDecimal initialRate, BigDecimal maintenanceRate, BigDecimal sizeRate) {

  public FutureRates {
    Rates.belowOne(initialRate, "initialRate");
    Rates.belowOne(maintenanceRate, "maintenanceRate");
    Checks.nonNegative(sizeRate, "sizeRate");
    if (sizeRate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("sizeRate must be below 1: " + sizeRate.toPlainString());
    }
    if (maintenanceRate.compareTo(initialRate) > 0) {
      throw new IllegalArgumentException(
          "maintenanceRate "
              + maintenanceRate.toPlainString()
              + " is above initialRate "
              + initialRate.toPlainString()
              + ": the margin to keep a position cannot be more than the margin to open it");
    }
  }
}
