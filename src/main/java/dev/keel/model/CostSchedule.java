package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;

/**
 * What one order costs: a fee in basis points of notional, an expected spread and slippage in basis
 * points, a fixed fee per order and a minimum fee. Money amounts are in the instrument's quote
 * currency.
 *
 * @param feeBps commission in basis points of the order notional
 * @param slippageBps expected half-spread plus market impact, in basis points of notional
 * @param fixedFee fee charged per order, whatever its size
 * @param minimumFee the commission is never below this
 */
public record CostSchedule(
    BigDecimal feeBps, BigDecimal slippageBps, BigDecimal fixedFee, BigDecimal minimumFee) {

  /** Free trading: no fee, no slippage. */
  public static final CostSchedule FREE =
      new CostSchedule(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public CostSchedule {
    Checks.nonNegative(feeBps, "feeBps");
    Checks.nonNegative(slippageBps, "slippageBps");
    Checks.nonNegative(fixedFee, "fixedFee");
    Checks.nonNegative(minimumFee, "minimumFee");
  }
}
