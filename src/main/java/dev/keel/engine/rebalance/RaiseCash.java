package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises the cash the wanted buys, the cash floor and a withdrawal need, when the slice's cash
 * above what it must keep falls short: the most overweight lines are sold toward their targets
 * first; if a withdrawal or the floor is still short, every holding sells in proportion.
 */
final class RaiseCash {
  private final Slice slice;
  private final Avoid avoid;
  private Set<String> wantedBuys = Set.of();

  RaiseCash(Slice slice, Avoid avoid) {
    this.slice = slice;
    this.avoid = avoid;
  }

  /** Whether a line may be sold for cash: it is not bought, and no buy of it is wanted. */
  private boolean mayRaiseFrom(Instrument instrument) {
    return !slice.orders.has(instrument, Side.BUY) && !wantedBuys.contains(instrument.symbol());
  }

  /** The lines in the given order, those another account must buy last: sold only if needed. */
  private List<Instrument> crossingLast(List<Instrument> instruments) {
    List<Instrument> ordered = new ArrayList<>();
    List<Instrument> crossing = new ArrayList<>();
    for (Instrument instrument : instruments) {
      (avoid.crosses(instrument.symbol(), Side.SELL) ? crossing : ordered).add(instrument);
    }
    ordered.addAll(crossing);
    return ordered;
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
    // a line the slice buys is never sold for cash, in this account or another: that would cross
    wantedBuys = new HashSet<>();
    buys.forEach(buy -> wantedBuys.add(buy.instrument().symbol()));
    List<Instrument> overweight = new ArrayList<>();
    for (Instrument instrument : slice.book.universe()) {
      if (slice.orders.excess(instrument).signum() > 0 && mayRaiseFrom(instrument)) {
        overweight.add(instrument);
      }
    }
    slice.sortByExcess(overweight, true);
    for (Instrument instrument : crossingLast(overweight)) {
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
      // a line with no target sells no more than the need either: the rest of it is not cash's
      BigDecimal amount = slice.orders.excess(instrument).min(need);
      slice.placement.sell(instrument, amount, false, Purpose.RAISE_CASH, reason);
      need = wanted.add(power.mustKeep()).subtract(power.spareTotal());
    }
    if (need.signum() > 0 && (slice.book.flow.signum() < 0 || power.shortOfFloor().signum() > 0)) {
      sellInProportion(wanted, need, why);
    }
  }

  /**
   * Sells every line in proportion to its value, to raise {@code need}; stops once it is raised, so
   * rounding up to whole lots raises at most one lot more than needed.
   */
  private void sellInProportion(BigDecimal wanted, BigDecimal need, Reason.Need why) {
    BuyingPower power = slice.power;
    BigDecimal rest = BigDecimal.ZERO;
    for (Instrument instrument : slice.book.universe()) {
      rest = rest.add(slice.orders.plannedValue(instrument));
    }
    BigDecimal share = rest.signum() == 0 ? BigDecimal.ZERO : need.divide(rest, SliceBook.MATH);
    BigDecimal left = need;
    for (Instrument instrument : crossingLast(slice.book.universe())) {
      if (left.signum() <= 0) {
        return;
      }
      if (mayRaiseFrom(instrument) && slice.permissions.allows(instrument, Side.SELL, false)) {
        Reason reason =
            new Reason.RaiseCashProRata(instrument.symbol(), why, share.min(BigDecimal.ONE));
        slice.placement.sell(
            instrument,
            slice.orders.plannedValue(instrument).multiply(share).min(left),
            false,
            Purpose.RAISE_CASH,
            reason);
        left = wanted.add(power.mustKeep()).subtract(power.spareTotal());
      }
    }
  }

  /** A wanted buy's value plus its fee and slippage, as the buying power will charge them. */
  private BigDecimal withCosts(WantedBuy buy) {
    return slice.placement.buyCostAtMost(buy.instrument(), buy.value());
  }

  private Reason.Need need(List<WantedBuy> buys) {
    BigDecimal flow = slice.book.flow;
    if (flow.signum() < 0) {
      return new Reason.Need(Reason.NeedKind.WITHDRAWAL, slice.book.money(flow.negate()), null);
    }
    if (buys.isEmpty()) {
      return keeping();
    }
    return new Reason.Need(Reason.NeedKind.BUYS, null, null);
  }

  /** The cash the slice keeps, named by what rules it: the cash target or the floor. */
  private Reason.Need keeping() {
    BuyingPower power = slice.power;
    return power.keepingLimit() == RebalanceWarning.CashLimit.CASH_TARGET
        ? new Reason.Need(
            Reason.NeedKind.CASH_TARGET, slice.book.money(power.mustKeep()), power.cashTargetLow())
        : new Reason.Need(Reason.NeedKind.FLOOR, slice.book.money(power.floor()), null);
  }

  /**
   * Once the orders are final, a sale that raised cash "for the buys" in an account that ends with
   * no buy (they went to other accounts, or were cut) raised it for what the slice keeps (the cash
   * target, or the floor): says so.
   */
  void explain() {
    Set<String> buying = new HashSet<>();
    for (PlannedOrder order : slice.orders.all()) {
      if (order.side == Side.BUY) {
        buying.add(order.account);
      }
    }
    Reason.Need keeping = keeping();
    for (PlannedOrder order : slice.orders.all()) {
      if (order.side == Side.SELL && !buying.contains(order.account)) {
        order.reason = withoutBuys(order.reason, keeping);
      }
    }
  }

  /** The reason, with a need "for the buys" replaced by {@code keeping}. */
  private static Reason withoutBuys(Reason reason, Reason.Need keeping) {
    if (reason instanceof Reason.RaiseCash raise && raise.need().kind() == Reason.NeedKind.BUYS) {
      return raise.withNeed(keeping);
    }
    if (reason instanceof Reason.RaiseCashProRata raise
        && raise.need().kind() == Reason.NeedKind.BUYS) {
      return raise.withNeed(keeping);
    }
    if (reason instanceof Reason.Then then) {
      return new Reason.Then(withoutBuys(then.first(), keeping), withoutBuys(then.then(), keeping));
    }
    return reason;
  }
}
