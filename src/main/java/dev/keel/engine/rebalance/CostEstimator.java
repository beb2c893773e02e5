package dev.keel.engine.rebalance;

import dev.keel.model.CostSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Estimates what an order costs under a {@link CostSchedule}: the commission (basis points of
 * notional, never below the minimum fee, plus the fixed fee) and the expected slippage. Both are in
 * the quote currency and rounded up to the cent, so an estimate never understates.
 */
public final class CostEstimator {
  /** Decimal places of a cost estimate. */
  public static final int COST_SCALE = 2;

  private CostEstimator() {}

  /** The commission on an order of {@code notional} (quote currency). */
  public static BigDecimal fee(CostSchedule schedule, BigDecimal notional) {
    if (notional.signum() == 0) {
      return BigDecimal.ZERO.setScale(COST_SCALE);
    }
    BigDecimal commission = notional.abs().multiply(schedule.feeBps()).movePointLeft(4);
    return commission
        .max(schedule.minimumFee())
        .add(schedule.fixedFee())
        .setScale(COST_SCALE, RoundingMode.CEILING);
  }

  /** The expected slippage on an order of {@code notional} (quote currency). */
  public static BigDecimal slippage(CostSchedule schedule, BigDecimal notional) {
    return notional
        .abs()
        .multiply(schedule.slippageBps())
        .movePointLeft(4)
        .setScale(COST_SCALE, RoundingMode.CEILING);
  }
}
