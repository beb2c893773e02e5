package dev.keel.engine.rebalance;

import dev.keel.model.Instrument;
import java.math.BigDecimal;

/**
 * How a slice closes a target line's gap on the delta basis when the mandate names a hedging
 * instrument for its underlying ({@code hedges}: BTC to BTC-PERPETUAL, SPX to ESZ6): in whole
 * contracts of {@code via}, traded in {@code account}.
 *
 * @param line the target line whose exposure the contracts move (BTC; SPY for SPX through its line)
 * @param underlying the underlying the mandate hedges (BTC, SPX)
 * @param via the instrument traded
 * @param account the slice's account that trades it
 * @param unitChange what one unit of {@code via} bought adds to the line's exposure, base currency
 *     (its cash delta, times the underlying's beta when it counts toward another line)
 * @param fundingPerDay what one unit held long receives a day, base currency (negative when it
 *     pays), {@code null} when it is not a perpetual or the snapshot gives no funding rate
 */
record HedgeRoute(
    String line,
    String underlying,
    Instrument via,
    String account,
    BigDecimal unitChange,
    BigDecimal fundingPerDay) {

  /**
   * Days of funding a proposal's perpetual trades are costed over: a week, about the time a
   * rebalancing overlay is held before the next look. Stated in every reason that carries it.
   */
  static final int FUNDING_DAYS = 7;

  /**
   * The funding a trade of {@code quantity} units pays over {@link #FUNDING_DAYS}, base currency.
   */
  BigDecimal fundingCost(Side side, BigDecimal quantity) {
    if (fundingPerDay == null) {
      return null;
    }
    return fundingPerDay
        .multiply(quantity)
        .multiply(BigDecimal.valueOf(-side.sign() * (long) FUNDING_DAYS));
  }
}
