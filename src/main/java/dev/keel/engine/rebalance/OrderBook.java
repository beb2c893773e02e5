package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The orders a slice has placed so far, at most one per account and instrument, with what each
 * takes from the buying power and adds to (or takes from) its line's value. Placing an order checks
 * the minimums; every change goes through {@link #add} and {@link #remove}, so the figures stay in
 * step.
 */
final class OrderBook {
  private final SliceBook book;
  private final BuyingPower power;
  private final OrderRules rules;
  private final SliceWarnings warnings;

  /** The orders in the order they were last placed or changed. */
  private final Set<PlannedOrder> orders = new LinkedHashSet<>();

  private final Map<String, List<PlannedOrder>> bySymbol;
  private final Map<String, BigDecimal> valueChange;

  OrderBook(SliceBook book, BuyingPower power, OrderRules rules, SliceWarnings warnings) {
    this.book = book;
    this.power = power;
    this.rules = rules;
    this.warnings = warnings;
    this.bySymbol = new HashMap<>(book.universe().size() * 2);
    this.valueChange = new HashMap<>(book.universe().size() * 2);
  }

  /**
   * Adds {@code quantity} to the account's order for the instrument, or places a new order unless
   * it is below a minimum (warned about for rebalancing trades); says whether it was placed. An
   * order the other way round is left alone.
   */
  boolean place(
      String account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      Purpose purpose,
      Reason why,
      BigDecimal rank) {
    PlannedOrder existing = order(account, instrument);
    if (existing != null) {
      if (existing.side != side) {
        return false;
      }
      remove(existing);
      existing.quantity = existing.quantity.add(quantity);
      if (existing.purpose != purpose && !(existing.reason instanceof Reason.Then)) {
        existing.reason = new Reason.Then(existing.reason, why); // say what each step added
      }
      add(existing);
      return true;
    }
    PlannedOrder order = new PlannedOrder(account, instrument, side, quantity, purpose, why, rank);
    if (!meetsMinimums(order, purpose == Purpose.REBALANCE)) {
      return false;
    }
    add(order);
    return true;
  }

  /**
   * Places an order in a hedging instrument for its line's exposure (see {@link HedgeRoute}),
   * unless it is below a minimum (warned about); says whether it was placed. Each route trades once
   * per slice, so there is never an order to add to.
   */
  boolean placeRouted(HedgeRoute route, Side side, BigDecimal quantity, Reason why) {
    PlannedOrder order =
        new PlannedOrder(
            route.account(),
            route.via(),
            side,
            quantity,
            Purpose.REBALANCE,
            why,
            BigDecimal.ZERO,
            route);
    if (!meetsMinimums(order, true)) {
      return false;
    }
    add(order);
    return true;
  }

  /** Whether an order meets the exchange's and the user's minimums; warns when asked. */
  boolean meetsMinimums(PlannedOrder order, boolean warn) {
    Optional<OrderRules.Violation> missed =
        rules.minimums(order.account, order.instrument, order.side, order.quantity);
    if (missed.isEmpty()) {
      return true;
    }
    if (warn) {
      OrderRules.Violation violation = missed.get();
      Instrument instrument = order.instrument;
      if (violation.breach() == OrderRules.Breach.BELOW_TRADE_MINIMUM) {
        warnings.warn(
            Kind.BELOW_TRADE_MINIMUM,
            instrument.symbol(),
            new RebalanceWarning.BelowTradeMinimum(order.figures(), violation.limitMoney()));
      } else {
        warnings.warn(
            Kind.BELOW_EXCHANGE_MINIMUM,
            instrument.symbol(),
            new RebalanceWarning.BelowExchangeMinimum(
                order.figures(),
                violation.notional(),
                instrument.minQuantity(),
                new Money(instrument.minNotional(), instrument.quoteCurrency())));
      }
    }
    return false;
  }

  /** Places an order as it is: takes its cost and records the value it changes. */
  void add(PlannedOrder order) {
    orders.add(order);
    bySymbol.computeIfAbsent(order.instrument.symbol(), s -> new ArrayList<>(1)).add(order);
    order.cost = power.cost(order.account, order.instrument, order.side, order.quantity);
    BigDecimal unit =
        order.unitChange != null ? order.unitChange : book.unitValue(order.instrument);
    order.valueChange =
        SliceBook.planning(unit.multiply(order.quantity))
            .multiply(BigDecimal.valueOf(order.side.sign()));
    power.take(order);
    valueChange.merge(order.line, order.valueChange, BigDecimal::add);
  }

  /** Takes an order away, giving back its cost and its change of value. */
  void remove(PlannedOrder order) {
    orders.remove(order);
    bySymbol.get(order.instrument.symbol()).remove(order);
    power.giveBack(order);
    valueChange.merge(order.line, order.valueChange.negate(), BigDecimal::add);
  }

  /** The account's order for an instrument, or {@code null}. */
  PlannedOrder order(String account, Instrument instrument) {
    for (PlannedOrder order : of(instrument)) {
      if (order.account.equals(account)) {
        return order;
      }
    }
    return null;
  }

  /** The orders for an instrument, in every account. */
  List<PlannedOrder> of(Instrument instrument) {
    return bySymbol.getOrDefault(instrument.symbol(), List.of());
  }

  /** Whether some account has an order for the instrument on that side. */
  boolean has(Instrument instrument, Side side) {
    for (PlannedOrder order : of(instrument)) {
      if (order.side == side) {
        return true;
      }
    }
    return false;
  }

  /** Every order, in the order last placed or changed. */
  List<PlannedOrder> all() {
    return List.copyOf(orders);
  }

  boolean isEmpty() {
    return orders.isEmpty();
  }

  /** An instrument's value after the orders placed so far, base currency, planning scale. */
  BigDecimal plannedValue(Instrument instrument) {
    return plannedValue(instrument, book.figures(instrument));
  }

  private BigDecimal plannedValue(Instrument instrument, InstrumentFigures figures) {
    return figures.startValue().add(valueChange.getOrDefault(instrument.symbol(), BigDecimal.ZERO));
  }

  /** How far an instrument's planned value is above its target value, base currency. */
  BigDecimal excess(Instrument instrument) {
    InstrumentFigures figures = book.figures(instrument);
    return plannedValue(instrument, figures).subtract(figures.targetValue());
  }
}
