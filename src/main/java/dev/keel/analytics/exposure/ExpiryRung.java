package dev.keel.analytics.exposure;

import java.time.LocalDate;
import java.util.List;

/**
 * One rung of a book's expiry ladder: the contracts on one underlying that expire on one day, and
 * the exposure that goes with them. Money in the base currency.
 *
 * @param expiry the day the contracts expire
 * @param underlying the root underlying they count under (a coin, a stock or an index)
 * @param daysToExpiry whole days from the book's time to the expiry
 * @param positions the positions that expire, in the book's order
 * @param delta net units of the underlying they move like (their cash delta over its price)
 * @param cashDelta net value they move like
 * @param cashGamma change of {@code cashDelta} for a 1 % move of the underlying
 * @param vega change of value per volatility point
 * @param theta change of value per calendar day
 */
public record ExpiryRung(
    LocalDate expiry,
    String underlying,
    long daysToExpiry,
    List<PositionExposure> positions,
    double delta,
    double cashDelta,
    double cashGamma,
    double vega,
    double theta) {

  public ExpiryRung {
    positions = List.copyOf(positions);
  }

  /**
   * Whether the contracts expire within {@link ExposureCalculator#ROLL_WARNING_DAYS}, to be rolled.
   */
  public boolean toRoll() {
    return daysToExpiry <= ExposureCalculator.ROLL_WARNING_DAYS;
  }
}
