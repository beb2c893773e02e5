package dev.keel.model.margin;

import java.math.BigDecimal;

/**
 * The margin of stock held long in a broker's margin account (Regulation T and FINRA Rule 4210):
 * initial margin 50 % of the value bought, maintenance 25 % of the value held.
 *
 * @param initialRate the share of a long holding's value to be paid for, in (0, 1]
 * @param maintenanceRate the share of its value the equity must keep, in (0, 1], at most the
 *     initial rate
 */
public record StockRates(BigDecimal initialRate, BigDecimal maintenanceRate) {

  public StockRates {
    Rates.atMostOne(initialRate, "initialRate");
    Rates.atMostOne(maintenanceRate, "maintenanceRate");
    if (maintenanceRate.compareTo(initialRate) > 0) {
      throw new IllegalArgumentException(
          "maintenanceRate "
              + maintenanceRate.toPlainString()
              + " is above initialRate "
              + initialRate.toPlainString());
    }
  }
}
