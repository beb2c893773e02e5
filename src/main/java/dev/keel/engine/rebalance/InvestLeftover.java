package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spends the cash left above the cash line's destination after the other trades on the most
 * underweight lines that still fit a whole lot.
 */
final class InvestLeftover {
  private final Slice slice;
  private final Avoid avoid;

  InvestLeftover(Slice slice, Avoid avoid) {
    this.slice = slice;
    this.avoid = avoid;
  }

  void apply() {
    if (!slice.permissions.buysAllowed()) {
      return;
    }
    Optional<BigDecimal> highest = slice.power.investAbove();
    if (highest.isEmpty()) {
      return;
    }
    List<Instrument> underweight = new ArrayList<>();
    for (Instrument instrument : slice.book.universe()) {
      if (slice.orders.excess(instrument).signum() < 0
          && !slice.orders.has(instrument, Side.SELL)) {
        underweight.add(instrument);
      }
    }
    slice.sortByExcess(underweight, false);
    // lines another account must sell are bought last, with what the others leave
    List<Instrument> crossing = new ArrayList<>();
    underweight.removeIf(
        instrument -> avoid.crosses(instrument.symbol(), Side.BUY) && crossing.add(instrument));
    underweight.addAll(crossing);
    BigDecimal total = slice.book.totalAfterFlow();
    for (Instrument instrument : underweight) {
      BigDecimal left = slice.power.spareTotal().subtract(highest.get());
      if (left.signum() <= 0) {
        return;
      }
      BigDecimal excess = slice.orders.excess(instrument);
      BigDecimal amount = excess.negate().min(left);
      if (!slice.permissions.allows(instrument, Side.BUY, false)
          || !slice.placement.fitsOneLot(amount, instrument)) {
        continue;
      }
      Reason why =
          new Reason.InvestLeftover(
              instrument.symbol(),
              SliceBook.weight(slice.orders.plannedValue(instrument), total),
              slice.book.target(instrument));
      slice.placement.buy(
          instrument, amount, Purpose.INVEST_CASH, why, excess.divide(total, SliceBook.MATH));
    }
  }
}
