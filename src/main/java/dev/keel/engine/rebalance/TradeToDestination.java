package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
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
      HedgeRoute route = book.route(symbol);
      if (route != null) {
        BigDecimal moved = throughHedge(route, change, line.why());
        if (moved.signum() != 0 && !breachedAfter(line.instrument(), moved)) {
          continue; // what is left is less than a contract, and inside the band
        }
        change = change.subtract(moved); // the spot trades what whole contracts could not
      }
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

  /**
   * Trades as much of a line's change as whole contracts of its hedging instrument make, rounded
   * toward zero so that it never overshoots; returns the change they make. A change smaller than
   * one contract (a small line hedged with E-minis) is left to the spot.
   */
  private BigDecimal throughHedge(HedgeRoute route, BigDecimal change, Reason why) {
    BigDecimal units = change.divide(route.unitChange(), SliceBook.MATH);
    Side side = units.signum() > 0 ? Side.BUY : Side.SELL;
    BigDecimal quantity = Lots.floor(units.abs(), route.via().lotStep());
    if (quantity.signum() == 0 || !slice.permissions.allows(route.via(), side, true)) {
      return BigDecimal.ZERO;
    }
    BigDecimal funding = route.fundingCost(side, quantity);
    Reason through =
        new Reason.ThroughHedge(
            why,
            route.via().symbol(),
            funding == null ? null : slice.book.money(funding),
            HedgeRoute.FUNDING_DAYS);
    if (!slice.orders.placeRouted(route, side, quantity, through)) {
      return BigDecimal.ZERO;
    }
    return route.unitChange().multiply(quantity).multiply(BigDecimal.valueOf(side.sign()));
  }

  /** Whether a line is still outside its band once {@code moved} is added to its exposure. */
  private boolean breachedAfter(Instrument instrument, BigDecimal moved) {
    SliceBook book = slice.book;
    BigDecimal target = book.target(instrument);
    BigDecimal weight =
        SliceBook.weight(book.value(instrument.symbol()).add(moved), book.totalAfterFlow());
    return book.targets.instrumentBand(instrument).isBreachedBy(weight.subtract(target), target);
  }
}
