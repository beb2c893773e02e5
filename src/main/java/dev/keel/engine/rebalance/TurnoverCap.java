package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import java.math.BigDecimal;

/** Scales every order down, to whole lots, when the traded volume is above the turnover cap. */
final class TurnoverCap {
  private final Slice slice;

  TurnoverCap(Slice slice) {
    this.slice = slice;
  }

  /** Applies the cap; returns the factor every order was scaled by (1 when under the cap). */
  BigDecimal apply() {
    BigDecimal maxTurnover = slice.settings.maxTurnover();
    if (maxTurnover == null || slice.orders.isEmpty()) {
      return BigDecimal.ONE;
    }
    BigDecimal cap = maxTurnover.multiply(slice.book.total());
    BigDecimal turnover = BigDecimal.ZERO;
    for (PlannedOrder order : slice.orders.all()) {
      turnover = turnover.add(order.valueChange.abs());
    }
    if (turnover.compareTo(cap) <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal scale = cap.divide(turnover, SliceBook.MATH);
    slice.warnings.warn(
        Kind.TURNOVER_CAP,
        null,
        new RebalanceWarning.TurnoverCapped(
            slice.book.money(turnover), maxTurnover, slice.book.money(cap), scale));
    for (PlannedOrder order : slice.orders.all()) {
      slice.orders.remove(order);
      order.quantity = Lots.floor(order.quantity.multiply(scale), order.instrument.lotStep());
      if (order.quantity.signum() > 0 && slice.orders.meetsMinimums(order, true)) {
        slice.orders.add(order);
      }
    }
    return scale;
  }
}
