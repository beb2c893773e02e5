package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Raises the cash the wanted buys, the cash floor and a withdrawal need, when the slice's cash
 * above what it must keep falls short: the most overweight lines are sold toward their targets
 * first; if a withdrawal or the floor is still short, every holding sells in proportion.
 */
final class RaiseCash {
  private final Slice slice;

  RaiseCash(Slice slice) {
    this.slice = slice;
  }

  void apply(List<WantedBuy> buys) {
    BuyingPower power = slice.power;
    BigDecimal wanted = BigDecimal.ZERO;
    for (WantedBuy buy : buys) {
      wanted = wanted.add(withCosts(buy));
    }
    BigDecimal need = wanted.add(power.mustKeep()).subtract(power.spareTotal());
    if (need.signum() <= 0 || !slice.permissions.sellsAllowed()) {
      return;
    }
    Reason.Need why = need(buys);
    List<Instrument> overweight = new ArrayList<>();
    for (Instrument instrument : slice.book.universe()) {
      if (slice.orders.excess(instrument).signum() > 0 && !slice.orders.has(instrument, Side.BUY)) {
        overweight.add(instrument);
      }
    }
    slice.sortByExcess(overweight, true);
    for (Instrument instrument : overweight) {
      if (need.signum() <= 0) {
        return;
      }
      if (!slice.permissions.allows(instrument, Side.SELL, false)) {
        continue;
      }
      BigDecimal target = slice.book.target(instrument);
      Reason reason =
          new Reason.RaiseCash(
              instrument.symbol(), why, slice.book.weightAfterFlow(instrument.symbol()), target);
      BigDecimal amount = slice.orders.excess(instrument).min(need);
      slice.placement.sell(instrument, amount, target.signum() == 0, Purpose.RAISE_CASH, reason);
      need = wanted.add(power.mustKeep()).subtract(power.spareTotal());
    }
    if (need.signum() > 0 && (slice.book.flow.signum() < 0 || power.shortOfFloor().signum() > 0)) {
      sellInProportion(need, why);
    }
  }

  /** Sells every line in proportion to its value, to raise {@code need}. */
  private void sellInProportion(BigDecimal need, Reason.Need why) {
    BigDecimal rest = BigDecimal.ZERO;
    for (Instrument instrument : slice.book.universe()) {
      rest = rest.add(slice.orders.plannedValue(instrument));
    }
    BigDecimal share = rest.signum() == 0 ? BigDecimal.ZERO : need.divide(rest, SliceBook.MATH);
    for (Instrument instrument : slice.book.universe()) {
      if (!slice.orders.has(instrument, Side.BUY)
          && slice.permissions.allows(instrument, Side.SELL, false)) {
        Reason reason =
            new Reason.RaiseCashProRata(instrument.symbol(), why, share.min(BigDecimal.ONE));
        slice.placement.sell(
            instrument,
            slice.orders.plannedValue(instrument).multiply(share),
            false,
            Purpose.RAISE_CASH,
            reason);
      }
    }
  }

  /** A wanted buy's value plus its fee and slippage, as the buying power will charge them. */
  private BigDecimal withCosts(WantedBuy buy) {
    return slice.placement.buyCostAtMost(buy.instrument(), buy.value(), Purpose.REBALANCE);
  }

  private Reason.Need need(List<WantedBuy> buys) {
    BigDecimal flow = slice.book.flow;
    if (flow.signum() < 0) {
      return new Reason.Need(Reason.NeedKind.WITHDRAWAL, slice.book.money(flow.negate()));
    }
    if (buys.isEmpty()) {
      return new Reason.Need(Reason.NeedKind.FLOOR, slice.book.money(slice.power.floor()));
    }
    return new Reason.Need(Reason.NeedKind.BUYS, null);
  }
}
