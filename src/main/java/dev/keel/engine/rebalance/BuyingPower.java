package dev.keel.engine.rebalance;

import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a slice's accounts can pay for, as the orders are placed. The rebalancer asks this, never
 * the cash balances themselves, so an account that funds trades from something other than cash (a
 * margin account, from its free collateral) plugs in here. Amounts are in the base currency.
 */
interface BuyingPower {
  /**
   * What an order of {@code quantity} would take from the account: for a buy its notional plus the
   * fee and the slippage kept in reserve, for a sell the fee less the proceeds (so negative).
   */
  BigDecimal cost(String account, Instrument instrument, Side side, BigDecimal quantity);

  /**
   * What an order worth {@code value} (base currency) would take from the account, by the same rule
   * as {@link #cost}: for planning, before the value is turned into a quantity.
   */
  BigDecimal costOfValue(String account, Instrument instrument, Side side, BigDecimal value);

  /**
   * The most an order worth {@code value} would take from any one of {@code accounts}, by the rule
   * of {@link #costOfValue}; zero when there are none.
   */
  BigDecimal costOfValueAtMost(
      List<String> accounts, Instrument instrument, Side side, BigDecimal value);

  /** Takes a placed order's cost (set on the order) from its account. */
  void take(PlannedOrder order);

  /** Gives back what a removed order took. */
  void giveBack(PlannedOrder order);

  /** What the account can still spend while keeping what it must (its floor), or less than 0. */
  BigDecimal spare(String account);

  /** What the slice holds in cash after its orders. */
  BigDecimal spareTotal();

  /**
   * What the slice must keep: every account's floor, and the low end of the cash line's
   * destination.
   */
  BigDecimal mustKeep();

  /** What the slice keeps at most before the rest is invested; empty when there is no upper end. */
  Optional<BigDecimal> investAbove();

  /** How far the account furthest below its floor is below it before any trade (0 when none). */
  BigDecimal shortOfFloor();

  /** The floor each account keeps. */
  BigDecimal floor();

  /** Whether the floor or the cash line's destination rules what the slice keeps. */
  RebalanceWarning.CashLimit keepingLimit();

  /** The low end of the cash line's destination, as a weight of the slice. */
  BigDecimal cashTargetLow();

  /**
   * Pays out {@code less} less of the withdrawal from the account than planned: the cash stays
   * there.
   */
  void payOutLess(String account, BigDecimal less);
}
