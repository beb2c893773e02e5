package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.model.Account;
import dev.keel.model.CostModel;
import dev.keel.model.CostSchedule;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import dev.keel.model.margin.MarginMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The buying power of accounts that trade from cash alone: each account's cash in the base
 * currency, less what its placed orders take (costs included) and less the floor it keeps. Cash
 * never moves between accounts.
 */
final class CashLedger implements BuyingPower {
  private final Valuation valuation;
  private final CostModel costs;
  private final Map<String, BigDecimal> startCash;
  private final Map<String, BigDecimal> used = new HashMap<>();
  private final BigDecimal floor;
  private final BigDecimal floors;
  private final BigDecimal cashLow;
  private final BigDecimal cashHigh;
  private final BigDecimal totalAfterFlow;
  private final BigDecimal mustKeep;
  private final Optional<BigDecimal> investAbove;
  private BigDecimal usedTotal = BigDecimal.ZERO;
  private LastCost last;
  private BigDecimal startTotal;

  CashLedger(SliceBook book, Destinations destinations) {
    this.valuation = book.valuation;
    this.costs = book.portfolio.costs();
    this.startCash = new LinkedHashMap<>(book.startCash());
    setAsideIsolatedMargin(book);
    this.startTotal = SliceBook.sum(startCash.values());
    this.floor = book.portfolio.cashPolicy().minimumAmount();
    this.floors = floor.multiply(BigDecimal.valueOf(book.accounts.size()));
    this.totalAfterFlow = book.totalAfterFlow();
    TargetWeights targets = book.targets;
    this.cashLow = destinations.toward(BigDecimal.ZERO, targets.cash(), targets.cashBand());
    this.cashHigh = destinations.toward(BigDecimal.ONE, targets.cash(), targets.cashBand());
    this.mustKeep = floors.max(cashLow.multiply(totalAfterFlow));
    this.investAbove =
        cashHigh.compareTo(BigDecimal.ONE) >= 0
            ? Optional.empty()
            : Optional.of(floors.max(cashHigh.multiply(totalAfterFlow)));
  }

  /**
   * The isolated margin of an isolated account's positions is set aside for them (the file's {@code
   * isolatedMargin}, counted in the account's cash): it is not the rebalancer's to spend.
   */
  private void setAsideIsolatedMargin(SliceBook book) {
    for (Position position : book.portfolio.positions()) {
      Account account = book.portfolio.accountsById().get(position.account());
      if (position.isolatedMargin() == null
          || !startCash.containsKey(position.account())
          || account.margin().mode() != MarginMode.ISOLATED) {
        continue;
      }
      Instrument instrument = book.portfolio.instrumentsBySymbol().get(position.symbol());
      BigDecimal reserved =
          position.isolatedMargin().multiply(valuation.fxRate(instrument.quoteCurrency()));
      startCash.merge(position.account(), reserved.negate(), BigDecimal::add);
    }
  }

  @Override
  public BigDecimal cost(String account, Instrument instrument, Side side, BigDecimal quantity) {
    // a buy is costed when it is fitted to the cash and again when it is placed: keep the last
    if (last == null || !last.isFor(account, instrument, side, quantity)) {
      last =
          new LastCost(
              account,
              instrument,
              side,
              quantity,
              costOfNotional(account, instrument, side, valuation.notional(instrument, quantity)));
    }
    return last.cost();
  }

  private record LastCost(
      String account, Instrument instrument, Side side, BigDecimal quantity, BigDecimal cost) {
    boolean isFor(String account, Instrument instrument, Side side, BigDecimal quantity) {
      return this.instrument == instrument
          && this.side == side
          && this.account.equals(account)
          && this.quantity.equals(quantity);
    }
  }

  @Override
  public BigDecimal costOfValue(
      String account, Instrument instrument, Side side, BigDecimal value) {
    return costOfNotional(account, instrument, side, notional(instrument, value));
  }

  @Override
  public BigDecimal costOfValueAtMost(
      List<String> accounts, Instrument instrument, Side side, BigDecimal value) {
    // the cost depends on the account only through its schedule: each schedule is priced once
    Set<CostSchedule> priced = Collections.newSetFromMap(new IdentityHashMap<>());
    BigDecimal notional = notional(instrument, value);
    BigDecimal most = null;
    for (String account : accounts) {
      CostSchedule schedule = costs.scheduleFor(account, instrument.symbol());
      if (priced.add(schedule)) {
        BigDecimal cost = costOfNotional(schedule, instrument, side, notional);
        most = most == null ? cost : most.max(cost);
      }
    }
    return most == null ? BigDecimal.ZERO : most;
  }

  private BigDecimal notional(Instrument instrument, BigDecimal value) {
    BigDecimal rate = valuation.fxRate(instrument.quoteCurrency());
    return rate.compareTo(BigDecimal.ONE) == 0 ? value : value.divide(rate, SliceBook.MATH);
  }

  private BigDecimal costOfNotional(
      String account, Instrument instrument, Side side, BigDecimal notional) {
    return costOfNotional(
        costs.scheduleFor(account, instrument.symbol()), instrument, side, notional);
  }

  private BigDecimal costOfNotional(
      CostSchedule schedule, Instrument instrument, Side side, BigDecimal notional) {
    String currency = instrument.quoteCurrency();
    BigDecimal cost = CostEstimator.fee(schedule, notional, currency);
    if (!Outcome.paysPremium(instrument)) {
      // a perpetual or a future changes hands for its fee: no premium is paid or received
      cost = cost.add(CostEstimator.slippage(schedule, notional, currency));
    } else if (side == Side.BUY) {
      cost = cost.add(notional).add(CostEstimator.slippage(schedule, notional, currency));
    } else {
      cost = cost.subtract(notional);
    }
    return cost.multiply(valuation.fxRate(instrument.quoteCurrency()))
        .setScale(SliceBook.PLANNING_SCALE, RoundingMode.CEILING);
  }

  @Override
  public void take(PlannedOrder order) {
    used.merge(order.account, order.cost, BigDecimal::add);
    usedTotal = usedTotal.add(order.cost);
  }

  @Override
  public void giveBack(PlannedOrder order) {
    used.merge(order.account, order.cost.negate(), BigDecimal::add);
    usedTotal = usedTotal.subtract(order.cost);
  }

  @Override
  public BigDecimal spare(String account) {
    return startCash
        .get(account)
        .subtract(floor)
        .subtract(used.getOrDefault(account, BigDecimal.ZERO));
  }

  @Override
  public BigDecimal spareTotal() {
    return startTotal.subtract(usedTotal);
  }

  @Override
  public BigDecimal mustKeep() {
    return mustKeep;
  }

  @Override
  public Optional<BigDecimal> investAbove() {
    return investAbove;
  }

  @Override
  public BigDecimal shortOfFloor() {
    BigDecimal worst = BigDecimal.ZERO;
    for (BigDecimal cash : startCash.values()) {
      worst = worst.max(floor.subtract(cash));
    }
    return worst;
  }

  @Override
  public BigDecimal floor() {
    return floor;
  }

  @Override
  public RebalanceWarning.CashLimit keepingLimit() {
    return cashLow.multiply(totalAfterFlow).compareTo(floors) > 0
        ? RebalanceWarning.CashLimit.CASH_TARGET
        : RebalanceWarning.CashLimit.FLOOR;
  }

  @Override
  public BigDecimal cashTargetLow() {
    return cashLow;
  }

  @Override
  public void payOutLess(String account, BigDecimal less) {
    startCash.merge(account, less, BigDecimal::add);
    startTotal = startTotal.add(less);
  }
}
