package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The last step: while an account's cash (less the slippage reserve) is below the floor, trims its
 * buys, least urgent first; if that is not enough, pays out less of the withdrawal, and says so.
 */
final class CashFloorGuard {
  private final Slice slice;

  CashFloorGuard(Slice slice) {
    this.slice = slice;
  }

  /** Applies the guard; returns the cash flow paid in or out, smaller than asked when cut. */
  BigDecimal apply(BigDecimal flow) {
    BuyingPower power = slice.power;
    // trimming one account's buys leaves every other account's orders as they were
    List<PlannedOrder> orders = slice.orders.all();
    for (String account : slice.book.accounts) {
      trimBuys(account, orders);
      BigDecimal shortfall = power.spare(account).negate();
      if (shortfall.signum() > 0 && account.equals(slice.book.flowAccount) && flow.signum() < 0) {
        BigDecimal paid = flow.negate().subtract(shortfall).max(BigDecimal.ZERO);
        power.payOutLess(account, flow.negate().subtract(paid));
        slice.warnings.warnAbout(
            account,
            Kind.WITHDRAWAL_SHORT,
            null,
            new RebalanceWarning.WithdrawalCut(
                slice.book.money(flow.negate()),
                slice.book.money(paid),
                slice.book.money(power.floor())));
        flow = paid.negate();
      } else if (shortfall.signum() > 0) {
        slice.warnings.warnAbout(
            account,
            Kind.NOT_ENOUGH_CASH,
            null,
            new RebalanceWarning.BelowFloor(
                account, slice.book.money(shortfall), slice.book.money(power.floor())));
      }
    }
    return flow;
  }

  private void trimBuys(String account, List<PlannedOrder> orders) {
    List<PlannedOrder> buys = new ArrayList<>();
    for (PlannedOrder order : orders) {
      if (order.account.equals(account) && order.side == Side.BUY) {
        buys.add(order);
      }
    }
    // leftover investments go first, then the least underweight of the rebalancing buys
    buys.sort(
        Comparator.comparing((PlannedOrder o) -> o.purpose != Trade.Purpose.INVEST_CASH)
            .thenComparing(Comparator.comparing((PlannedOrder o) -> o.rank).reversed()));
    for (PlannedOrder buy : buys) {
      if (slice.power.spare(account).signum() >= 0) {
        break;
      }
      slice.orders.remove(buy);
      BigDecimal quantity = slice.placement.fit(account, buy.instrument, buy.quantity);
      if (quantity.signum() > 0) {
        buy.quantity = quantity;
        if (slice.orders.meetsMinimums(buy, false)) {
          slice.orders.add(buy);
        }
      }
    }
  }
}
