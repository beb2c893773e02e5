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
  /** Decimal places of a cost estimate in a fiat currency (an ISO 4217 code). */
  public static final int COST_SCALE = 2;

  /**
   * Decimal places of a cost estimate in a coin (BTC, USDT): a cent of BTC is hundreds of dollars,
   * so an estimate rounded up to one would swamp the fee it estimates.
   */
  public static final int COIN_COST_SCALE = 8;

  /** The places a cost in {@code currency} is rounded up to. */
  public static int scale(String currency) {
    try {
      java.util.Currency.getInstance(currency);
      return COST_SCALE;
    } catch (IllegalArgumentException notIso) {
      return COIN_COST_SCALE;
    }
  }

  private CostEstimator() {}

  /** The commission on an order of {@code notional} in {@code currency}. */
  public static BigDecimal fee(CostSchedule schedule, BigDecimal notional, String currency) {
    return fee(schedule, notional, scale(currency));
  }

  private static BigDecimal fee(CostSchedule schedule, BigDecimal notional, int scale) {
    if (notional.signum() == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    BigDecimal commission = notional.abs().multiply(schedule.feeBps()).movePointLeft(4);
    return commission
        .max(schedule.minimumFee())
        .add(schedule.fixedFee())
        .setScale(scale, RoundingMode.CEILING);
  }

  /** The expected slippage on an order of {@code notional} in {@code currency}. */
  public static BigDecimal slippage(CostSchedule schedule, BigDecimal notional, String currency) {
    return notional
        .abs()
        .multiply(schedule.slippageBps())
        .movePointLeft(4)
        .setScale(scale(currency), RoundingMode.CEILING);
  }
}
