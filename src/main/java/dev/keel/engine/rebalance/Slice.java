package dev.keel.engine.rebalance;

import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the steps of one slice's rebalance share: the book, the buying power, the orders placed so
 * far, how amounts become orders, what may be traded, the settings and the warnings given.
 */
final class Slice {
  final SliceBook book;
  final BuyingPower power;
  final OrderBook orders;
  final Placement placement;
  final Permissions permissions;
  final RebalanceSettings settings;
  final SliceWarnings warnings;

  Slice(
      SliceBook book,
      BuyingPower power,
      OrderBook orders,
      Placement placement,
      Permissions permissions,
      RebalanceSettings settings,
      SliceWarnings warnings) {
    this.book = book;
    this.power = power;
    this.orders = orders;
    this.placement = placement;
    this.permissions = permissions;
    this.settings = settings;
    this.warnings = warnings;
  }

  /**
   * Sorts instruments by how far their planned value is from target (most overweight first, or most
   * underweight first), then by symbol; each key is computed once.
   */
  void sortByExcess(List<Instrument> instruments, boolean mostOverweightFirst) {
    List<Keyed> keyed = new ArrayList<>(instruments.size());
    for (Instrument instrument : instruments) {
      BigDecimal key = orders.excess(instrument);
      keyed.add(new Keyed(mostOverweightFirst ? key.negate() : key, instrument));
    }
    keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.instrument().symbol()));
    for (int i = 0; i < keyed.size(); i++) {
      instruments.set(i, keyed.get(i).instrument());
    }
  }

  private record Keyed(BigDecimal key, Instrument instrument) {}
}
