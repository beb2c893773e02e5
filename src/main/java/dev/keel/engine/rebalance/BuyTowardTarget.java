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

  /** Warns of every rebalancing buy that the later steps left smaller than wanted. */
  void warnShortfalls() {
    wanted.forEach(
        (symbol, buy) -> {
          BigDecimal bought = BigDecimal.ZERO;
          for (PlannedOrder order : slice.orders.of(buy.instrument())) {
            if (order.side == Side.BUY) {
              bought = bought.add(order.quantity);
            }
          }
          if (bought.compareTo(buy.quantity()) < 0) {
            slice.warnings.warn(
                Kind.NOT_ENOUGH_CASH,
                symbol,
                new RebalanceWarning.BuyCut(
                    buy.quantity(),
                    bought,
                    slice.power.keepingLimit(),
                    slice.book.money(slice.power.mustKeep())));
          }
        });
  }
}
