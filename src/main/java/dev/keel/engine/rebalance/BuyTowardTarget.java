package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places the wanted buys, most underweight first, as far as the buying power goes; once every step
 * is done, says which buys ended smaller than wanted.
 */
final class BuyTowardTarget {
  private final Slice slice;
  private final Map<String, Wanted> wanted = new TreeMap<>();

  private record Wanted(Instrument instrument, BigDecimal quantity) {}

  BuyTowardTarget(Slice slice) {
    this.slice = slice;
  }

  void apply(List<WantedBuy> buys) {
    for (WantedBuy buy : buys) {
      BigDecimal quantity =
          slice.placement.buy(
              buy.instrument(), buy.value(), Purpose.REBALANCE, buy.why(), buy.rank());
      wanted.put(buy.instrument().symbol(), new Wanted(buy.instrument(), quantity));
    }
  }

  /**
   * Warns of every rebalancing buy that cash left smaller than wanted; {@code scale} is what the
   * turnover cap scaled every trade by (1 when it did not), which its own warning explains.
   */
  void warnShortfalls(BigDecimal scale) {
    wanted.forEach(
        (symbol, buy) -> {
          BigDecimal bought = BigDecimal.ZERO;
          for (PlannedOrder order : slice.orders.of(buy.instrument())) {
            if (order.side == Side.BUY) {
              bought = bought.add(order.quantity);
            }
          }
          BigDecimal capped =
              scale.compareTo(BigDecimal.ONE) == 0
                  ? buy.quantity()
                  : Lots.floor(buy.quantity().multiply(scale), buy.instrument().lotStep());
          if (bought.compareTo(capped) < 0) {
            slice.warnings.warn(Kind.NOT_ENOUGH_CASH, symbol, cut(buy, bought));
          }
        });
  }

  /**
   * A buy cut for lack of cash, and what kept the cash: the cash target when the slice's cash above
   * it ran out first, else the account's floor.
   */
  private RebalanceWarning.BuyCut cut(Wanted buy, BigDecimal bought) {
    BuyingPower power = slice.power;
    BigDecimal accountRoom = null;
    for (String account : slice.book.accounts) {
      if (slice.book.canBuy(account, buy.instrument())) {
        BigDecimal spare = power.spare(account);
        accountRoom = accountRoom == null ? spare : accountRoom.max(spare);
      }
    }
    BigDecimal sliceRoom = power.spareTotal().subtract(power.mustKeep());
    boolean target =
        power.keepingLimit() == RebalanceWarning.CashLimit.CASH_TARGET
            && (accountRoom == null || sliceRoom.compareTo(accountRoom) <= 0);
    return target
        ? new RebalanceWarning.BuyCut(
            buy.quantity(),
            bought,
            RebalanceWarning.CashLimit.CASH_TARGET,
            slice.book.money(power.mustKeep()),
            power.cashTargetLow())
        : new RebalanceWarning.BuyCut(
            buy.quantity(),
            bought,
            RebalanceWarning.CashLimit.FLOOR,
            slice.book.money(power.floor()),
            null);
  }
}
