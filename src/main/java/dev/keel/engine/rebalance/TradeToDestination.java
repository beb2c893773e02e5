package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first step: sells each chosen line that is above its destination, and lists the buys the
 * lines below it want, most underweight first, for the later steps to fund.
 */
final class TradeToDestination {
  private final Slice slice;

  TradeToDestination(Slice slice) {
    this.slice = slice;
  }

  List<WantedBuy> apply(List<LineSelector.Line> lines) {
    SliceBook book = slice.book;
    List<WantedBuy> buys = new ArrayList<>();
    for (LineSelector.Line line : lines) {
      String symbol = line.instrument().symbol();
      BigDecimal change =
          line.destination().multiply(book.totalAfterFlow()).subtract(book.value(symbol));
      if (change.signum() < 0 && slice.permissions.allows(line.instrument(), Side.SELL, true)) {
        slice.placement.sell(
            line.instrument(),
            change.negate(),
            line.destination().signum() == 0,
            Purpose.REBALANCE,
            line.why());
      } else if (change.signum() > 0
          && slice.permissions.allows(line.instrument(), Side.BUY, true)) {
        BigDecimal drift = book.weightAfterFlow(symbol).subtract(book.target(line.instrument()));
        buys.add(new WantedBuy(line.instrument(), change, line.why(), drift));
      }
    }
    buys.sort(
        Comparator.comparing(WantedBuy::rank).thenComparing(buy -> buy.instrument().symbol()));
    return buys;
  }
}
