package dev.keel.model.margin;

import java.math.BigDecimal;

/**
 * The margin of a short option quoted in its coin under Deribit's standard margin, per option, in
 * the coin: a short call's initial margin is {@code max(initialRate - OTM / S, initialFloor) +
 * mark}, its maintenance {@code maintenanceRate + mark}; a short put's maintenance is {@code
 * max(maintenanceRate, maintenanceRate x mark) + mark}, its initial the larger of the call's form
 * and its maintenance. OTM is the amount out of the money in the strike's currency, S the
 * underlying's price, mark the option's price in the coin. Deribit's: 0.15, 0.1 and 0.075.
 *
 * @param initialRate the initial rate before the out-of-the-money credit, in (0, 1)
 * @param initialFloor the least initial rate, in (0, 1), at most {@code initialRate}
 * @param maintenanceRate the maintenance rate, in (0, 1), at most {@code initialFloor}
 */
public record CoinOptionRates(
    BigDecimal initialRate, BigDecimal initialFloor, BigDecimal maintenanceRate) {

  public CoinOptionRates {
    Rates.belowOne(initialRate, "initialRate");
    Rates.belowOne(initialFloor, "initialFloor");
    Rates.belowOne(maintenanceRate, "maintenanceRate");
    if (initialFloor.compareTo(initialRate) > 0) {
      throw new IllegalArgumentException(
          "initialFloor "
              + initialFloor.toPlainString()
              + " is above initialRate "
              + initialRate.toPlainString());
    }
    if (maintenanceRate.compareTo(initialFloor) > 0) {
      throw new IllegalArgumentException(
          "maintenanceRate "
              + maintenanceRate.toPlainString()
              + " is above initialFloor "
              + initialFloor.toPlainString()
              + ": the margin to keep a short option cannot be more than the margin to open it");
    }
  }
}
