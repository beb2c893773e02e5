package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.AssetType;
import dev.keel.model.CostSchedule;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Restriction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebalances one slice of a book: a single account, or every account together in household scope.
 * Sizes each trade in money toward the line's destination, turns it into whole lots, places it in
 * an account that holds the instrument (sells) or has the cash (buys), and keeps every account's
 * cash above the floor. Mutable, used once.
 */
final class SliceRun {
  private static final MathContext MATH = MathContext.DECIMAL64;

  /**
   * The share of the band a line may keep at most: "to the band edge" stops 5% of the band inside
   * it, so that fees and lot rounding do not leave the line just outside.
   */
  static final BigDecimal EDGE_SHARE = new BigDecimal("0.95");

  /**
   * Decimal places of the base-currency amounts the slice sizes trades and keeps its cash ledger
   * with. Exact products of quantities, prices and FX rates run to twenty and more places, which
   * makes every sum and comparison slow; a hundred-millionth of a currency unit is far below any
   * lot. Costs are rounded up, so the ledger never shows more cash than there is.
   */
  private static final int PLANNING_SCALE = 8;

  /**
   * What the slice keeps per instrument once the totals are known: figures worked out once, and the
   * orders placed so far with the value they add or take away.
   */
  private final class Figures {
    /** One unit's value in the base currency. */
    final BigDecimal unitValue;

    /** The target weight in this slice (see {@link SliceRun#target}). */
    final BigDecimal target;

    /** The value held and the target value after the cash flow, to the planning scale. */
    final BigDecimal startValue;

    final BigDecimal targetValue;

    /** The placed orders, at most one per account, and the value they add (sells negative). */
    final List<Order> orders = new ArrayList<>(1);

    BigDecimal valueChange = BigDecimal.ZERO;

    Figures(Instrument instrument) {
      unitValue = valuation.valueInBase(instrument, BigDecimal.ONE);
      target = targets.ofInstrument(instrument).multiply(targetScale);
      startValue = planning(value(instrument.symbol()));
      targetValue = planning(target.multiply(totalAfterFlow));
    }
  }

  /** A planned order, mutable while the slice is worked out. */
  static final class Order {
    final String account;
    final Instrument instrument;
    final Side side;
    BigDecimal quantity;
    final Purpose purpose;
    final Reason reason;

    /** Buys with a lower rank are funded first and trimmed last. */
    final BigDecimal rank;

    /** Cash the order takes while it is placed (see {@link SliceRun#cost}). */
    BigDecimal cost = BigDecimal.ZERO;

    /** The order's notional in the base currency while it is placed, signed: sells negative. */
    BigDecimal valueChange = BigDecimal.ZERO;

    Order(
        String account,
        Instrument instrument,
        Side side,
        BigDecimal quantity,
        Purpose purpose,
        Reason reason,
        BigDecimal rank) {
      this.account = account;
      this.instrument = instrument;
      this.side = side;
      this.quantity = quantity;
      this.purpose = purpose;
      this.reason = reason;
      this.rank = rank;
    }
  }

  private final Portfolio portfolio;
  private final Valuation valuation;
  private final TargetWeights targets;
  private final RebalanceSettings settings;
  private final List<String> accounts;

  /** The positions of the slice's accounts (others may be among them; they are skipped). */
  private final List<Position> positions;

  private final Map<String, Instrument> instruments;
  private final List<RebalanceWarning> warnings;

  /** Held quantity by symbol, then by account (in account order). */
  private final Map<String, Map<String, BigDecimal>> held = new HashMap<>();

  /** Cash by account in the base currency, with the cash flow already in or out. */
  private final Map<String, BigDecimal> startCash = new LinkedHashMap<>();

  private final Map<String, BigDecimal> values = new HashMap<>();

  /** The orders in the order they were last placed or changed. */
  private final Set<Order> orders = new LinkedHashSet<>();

  /** The figures of each instrument traded or weighed, by symbol (see {@link #figures}). */
  private final Map<String, Figures> figures = new HashMap<>();

  /** Cash the orders of each account take (fees and slippage reserve included), base currency. */
  private final Map<String, BigDecimal> used = new HashMap<>();

  private BigDecimal usedTotal = BigDecimal.ZERO;
  private BigDecimal startCashTotal = BigDecimal.ZERO;
  private final List<Instrument> universe = new ArrayList<>();
  private final Map<String, BigDecimal> wantedBuys = new TreeMap<>();
  private final Map<String, Set<AssetType>> heldTypes = new HashMap<>();
  private final BigDecimal floor;
  private BigDecimal flow;
  private final String flowAccount;
  private BigDecimal total = BigDecimal.ZERO;
  private BigDecimal targetScale = BigDecimal.ONE;
  private BigDecimal totalAfterFlow;

  /** See {@link #lowestCash()}; depends only on the total after the flow, so kept once known. */
  private BigDecimal lowestCash;

  SliceRun(
      Portfolio portfolio,
      Valuation valuation,
      TargetWeights targets,
      RebalanceSettings settings,
      List<String> accounts,
      List<Position> positions,
      BigDecimal flow,
      String flowAccount,
      List<RebalanceWarning> warnings) {
    this.portfolio = portfolio;
    this.valuation = valuation;
    this.targets = targets;
    this.settings = settings;
    this.accounts = accounts;
    this.positions = positions;
    this.instruments = portfolio.instrumentsBySymbol();
    this.floor = portfolio.cashPolicy().minimumAmount();
    this.flow = flow;
    this.flowAccount = flowAccount;
    this.warnings = warnings;
  }

  /** The cash flow actually paid in or out, smaller than asked when a withdrawal falls short. */
  BigDecimal appliedFlow() {
    return flow;
  }

  /** Works out the slice's orders. */
  List<Order> run() {
    load();
    totalAfterFlow = total.add(flow);
    if (total.signum() == 0 && flow.signum() == 0) {
      return List.of();
    }
    if (totalAfterFlow.signum() <= 0) {
      warn(
          Kind.WITHDRAWAL_SHORT,
          null,
          new RebalanceWarning.WithdrawalTooLarge(money(flow.negate()), money(total)));
      flow = BigDecimal.ZERO;
      return List.of();
    }
    Map<String, Line> lines = triggeredLines();
    if (lines.isEmpty() && flow.signum() == 0 && cashShortOfFloor().signum() <= 0) {
      return List.of();
    }
    List<Wanted> buys = new ArrayList<>();
    for (Line line : lines.values()) {
      BigDecimal change =
          line.destination().multiply(totalAfterFlow).subtract(value(line.symbol()));
      if (change.signum() < 0 && allowed(line.instrument(), Side.SELL, true)) {
        sellValue(
            line.instrument(),
            change.negate(),
            line.destination().signum() == 0,
            Purpose.REBALANCE,
            line.why());
      } else if (change.signum() > 0 && allowed(line.instrument(), Side.BUY, true)) {
        buys.add(new Wanted(line.instrument(), change, line.why(), weightAfterFlow(line.symbol())));
      }
    }
    buys.sort(Comparator.comparing(Wanted::rank).thenComparing(w -> w.instrument.symbol()));
    raiseCash(buys);
    for (Wanted buy : buys) {
      buyValue(buy.instrument, buy.value, Purpose.REBALANCE, buy.why, buy.rank);
    }
    investLeftover();
    capTurnover();
    keepCashAboveFloor();
    warnShortBuys();
    return List.copyOf(orders);
  }

  // ---- loading --------------------------------------------------------------------------------

  private void load() {
    for (String account : accounts) {
      startCash.put(account, BigDecimal.ZERO);
    }
    portfolio
        .cash()
        .forEach(
            balance -> {
              if (startCash.containsKey(balance.account())) {
                startCash.merge(
                    balance.account(),
                    valuation.cashInBase(balance.currency(), balance.amount()),
                    BigDecimal::add);
              }
            });
    total = total.add(sum(startCash.values()));
    positions.forEach(
        position -> {
          Instrument instrument = instruments.get(position.symbol());
          if (!instrument.isAllocated() || !startCash.containsKey(position.account())) {
            return;
          }
          heldTypes
              .computeIfAbsent(position.account(), a -> EnumSet.noneOf(AssetType.class))
              .add(instrument.type());
          held.computeIfAbsent(position.symbol(), s -> new TreeMap<>(accountOrder()))
              .merge(position.account(), position.quantity(), BigDecimal::add);
          BigDecimal value = valuation.valueInBase(instrument, position.quantity());
          values.merge(position.symbol(), value, BigDecimal::add);
          total = total.add(value);
        });
    for (Instrument instrument : instruments.values()) {
      if (!instrument.isAllocated()) {
        continue;
      }
      if (values.containsKey(instrument.symbol())) {
        universe.add(instrument);
      } else if (targets.ofInstrument(instrument).signum() > 0) {
        if (accounts.stream().anyMatch(a -> canBuy(a, instrument))) {
          universe.add(instrument);
        } else {
          warn(
              Kind.NOT_TRADABLE,
              instrument.symbol(),
              new RebalanceWarning.NotTradable(
                  targets.ofInstrument(instrument), accounts, instrument.type()));
        }
      }
    }
    universe.sort(Comparator.comparing(Instrument::symbol));
    BigDecimal reachable = BigDecimal.ZERO;
    for (Instrument instrument : universe) {
      reachable = reachable.add(targets.ofInstrument(instrument));
    }
    BigDecimal invested = BigDecimal.ONE.subtract(targets.cash());
    if (reachable.signum() > 0 && reachable.compareTo(invested) < 0) {
      targetScale = invested.divide(reachable, MATH);
    }
    if (flowAccount != null) {
      startCash.merge(flowAccount, flow, BigDecimal::add);
    }
    startCashTotal = sum(startCash.values());
  }

  /**
   * Whether an account can buy an instrument: it holds it, holds an instrument of the same type (so
   * its venue trades that kind), or holds nothing allocated yet.
   */
  private boolean canBuy(String account, Instrument instrument) {
    Set<AssetType> types = heldTypes.get(account);
    return types == null
        || types.contains(instrument.type())
        || held(instrument.symbol()).containsKey(account);
  }

  /**
   * An instrument's target in this slice. When some targeted lines cannot be bought here, their
   * weight goes to the lines that can, in proportion to their targets, so the slice still aims at
   * being fully invested.
   */
  private BigDecimal target(Instrument instrument) {
    return figures(instrument).target;
  }

  /** The instrument's figures, made on first use (after loading, when the totals are known). */
  private Figures figures(Instrument instrument) {
    Figures known = figures.get(instrument.symbol());
    if (known == null) {
      known = new Figures(instrument);
      figures.put(instrument.symbol(), known);
    }
    return known;
  }

  private Comparator<String> accountOrder() {
    return Comparator.comparingInt(accounts::indexOf);
  }

  // ---- what to trade and where to ---------------------------------------------------------------

  /** A line chosen for trading, its destination weight and the reason. */
  private record Line(Instrument instrument, BigDecimal destination, Reason why) {
    String symbol() {
      return instrument.symbol();
    }
  }

  /** A buy wanted before cash is known: its value in the base currency. */
  private record Wanted(Instrument instrument, BigDecimal value, Reason why, BigDecimal rank) {}

  private Map<String, Line> triggeredLines() {
    Map<String, Line> lines = new LinkedHashMap<>();
    Map<String, BigDecimal> classValues = new HashMap<>();
    for (Instrument instrument : universe) {
      for (String id : targets.classChain(instrument.assetClass())) {
        classValues.merge(id, value(instrument.symbol()), BigDecimal::add);
      }
    }
    for (Instrument instrument : universe) {
      BigDecimal target = target(instrument);
      DriftBand band = targets.instrumentBand(instrument);
      BigDecimal current = weight(value(instrument.symbol()), total);
      BigDecimal drift = current.subtract(target);
      boolean breached = band.isBreachedBy(drift, target);
      if (breached || settings.trigger() == Trigger.CALENDAR) {
        BigDecimal destination = destination(instrument.symbol(), target, band);
        Reason why =
            new Reason.LineOffTarget(
                instrument.symbol(),
                current,
                target,
                band.limitFor(target).orElse(null),
                breached,
                side(destination, instrument.symbol()),
                aim());
        lines.put(instrument.symbol(), new Line(instrument, destination, why));
        continue;
      }
      Optional<String> breachedClass = breachedClass(instrument, classValues);
      if (breachedClass.isPresent()) {
        String id = breachedClass.get();
        BigDecimal classTarget = targets.ofClass(id);
        BigDecimal classDestination =
            toward(weight(classValues.get(id), totalAfterFlow), classTarget, targets.classBand(id));
        BigDecimal destination =
            classTarget.signum() == 0
                ? BigDecimal.ZERO
                : target.multiply(classDestination).divide(classTarget, MATH);
        DriftBand classBand = targets.classBand(id);
        BigDecimal classWeight = weight(classValues.get(id), total);
        Reason why =
            new Reason.ClassOffTarget(
                instrument.symbol(),
                id,
                targets.className(id),
                classWeight,
                classTarget,
                classBand.limitFor(classTarget).orElse(null),
                side(destination, instrument.symbol()),
                aim());
        lines.put(instrument.symbol(), new Line(instrument, destination, why));
      }
    }
    if (lines.isEmpty() && (flow.signum() != 0 || cashBreached())) {
      // New money, a withdrawal or a cash line outside its band: every line takes its share.
      for (Instrument instrument : universe) {
        BigDecimal target = target(instrument);
        BigDecimal destination =
            destination(instrument.symbol(), target, targets.instrumentBand(instrument));
        Reason why =
            new Reason.CashFlowShare(
                instrument.symbol(),
                cashEvent(),
                flow.signum() == 0 ? null : money(flow.abs()),
                weightAfterFlow(instrument.symbol()),
                target,
                side(destination, instrument.symbol()),
                aim());
        lines.put(instrument.symbol(), new Line(instrument, destination, why));
      }
    }
    return lines;
  }

  private Optional<String> breachedClass(
      Instrument instrument, Map<String, BigDecimal> classValues) {
    List<String> chain = targets.classChain(instrument.assetClass());
    for (int i = chain.size() - 1; i >= 0; i--) { // the outermost breached class rules
      String id = chain.get(i);
      BigDecimal target = targets.ofClass(id);
      BigDecimal drift = weight(classValues.get(id), total).subtract(target);
      if (targets.classBand(id).isBreachedBy(drift, target)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private boolean cashBreached() {
    BigDecimal drift = weight(startCashTotal.subtract(flow), total).subtract(targets.cash());
    return targets.cashBand().isBreachedBy(drift, targets.cash());
  }

  private Reason.CashEvent cashEvent() {
    if (flow.signum() > 0) {
      return Reason.CashEvent.DEPOSIT;
    }
    if (flow.signum() < 0) {
      return Reason.CashEvent.WITHDRAWAL;
    }
    return Reason.CashEvent.CASH_OUT_OF_BAND;
  }

  /** The weight a line is taken to: the target, or a fraction of its band from the target. */
  private BigDecimal destination(String symbol, BigDecimal target, DriftBand band) {
    return toward(weightAfterFlow(symbol), target, band);
  }

  private BigDecimal toward(BigDecimal current, BigDecimal target, DriftBand band) {
    BigDecimal drift = current.subtract(target);
    Optional<BigDecimal> limit = band.limitFor(target);
    BigDecimal allowed;
    if (settings.fraction().signum() == 0) {
      allowed = BigDecimal.ZERO;
    } else if (limit.isEmpty()) {
      allowed = drift.abs();
    } else {
      allowed = limit.get().multiply(settings.fraction().min(EDGE_SHARE));
    }
    BigDecimal move = drift.abs().min(allowed);
    return target.add(drift.signum() < 0 ? move.negate() : move);
  }

  private Reason.Aim aim() {
    return Reason.Aim.of(settings);
  }

  private Side side(BigDecimal destination, String symbol) {
    return destination.multiply(totalAfterFlow).compareTo(value(symbol)) < 0 ? Side.SELL : Side.BUY;
  }

  // ---- restrictions and mode ------------------------------------------------------------------

  private boolean allowed(Instrument instrument, Side side, boolean warn) {
    String symbol = instrument.symbol();
    Restriction restriction = portfolio.restrictions().get(symbol);
    boolean modeAllows =
        side == Side.BUY ? settings.mode().allowsBuy() : settings.mode().allowsSell();
    if (!modeAllows) {
      if (warn) {
        warn(Kind.MODE, symbol, new RebalanceWarning.ModeForbids(side, settings.mode()));
      }
      return false;
    }
    if (restriction != null
        && !(side == Side.BUY ? restriction.allowsBuy() : restriction.allowsSell())) {
      if (warn) {
        warn(Kind.RESTRICTED, symbol, new RebalanceWarning.Restricted(side, restriction));
      }
      return false;
    }
    return true;
  }

  // ---- sells ----------------------------------------------------------------------------------

  /**
   * Sells about {@code amount} (base currency) of an instrument, or all of it, never more than is
   * held.
   */
  private void sellValue(
      Instrument instrument, BigDecimal amount, boolean sellAll, Purpose purpose, Reason why) {
    RoundingMode rounding =
        purpose == Purpose.REBALANCE && settings.destination() == Destination.TARGET
            ? RoundingMode.HALF_UP
            : RoundingMode.UP;
    BigDecimal quantity =
        Lots.quantityFor(amount, unitValue(instrument), instrument.lotStep(), rounding);
    BigDecimal sold = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> entry : held(instrument.symbol()).entrySet()) {
      String account = entry.getKey();
      BigDecimal available = sellable(account, instrument);
      if (sellAll
          && Lots.floor(entry.getValue(), instrument.lotStep()).compareTo(entry.getValue()) < 0) {
        warn(
            Kind.DUST,
            instrument.symbol(),
            new RebalanceWarning.Dust(account, entry.getValue(), instrument.lotStep()));
      }
      BigDecimal take = (sellAll ? available : available.min(quantity.subtract(sold)));
      if (take.signum() <= 0) {
        continue;
      }
      if (place(account, instrument, Side.SELL, take, purpose, why, BigDecimal.ZERO)) {
        sold = sold.add(take);
      }
      if (!sellAll && sold.compareTo(quantity) >= 0) {
        break;
      }
    }
  }

  /** What an account can still sell of an instrument, in whole lots. */
  private BigDecimal sellable(String account, Instrument instrument) {
    BigDecimal holding = held(instrument.symbol()).getOrDefault(account, BigDecimal.ZERO);
    Order existing = order(account, instrument);
    if (existing != null && existing.side == Side.SELL) {
      holding = holding.subtract(existing.quantity);
    }
    return Lots.floor(holding.max(BigDecimal.ZERO), instrument.lotStep());
  }

  /** Sells overweight lines, most overweight first, to cover the buys and the cash floor. */
  private void raiseCash(List<Wanted> buys) {
    BigDecimal wanted = BigDecimal.ZERO;
    for (Wanted buy : buys) {
      wanted = wanted.add(withCosts(buy));
    }
    BigDecimal need = wanted.add(lowestCash()).subtract(spareTotal());
    if (need.signum() <= 0 || !settings.mode().allowsSell()) {
      return;
    }
    List<Instrument> overweight = new ArrayList<>();
    for (Instrument instrument : universe) {
      if (excess(instrument).signum() > 0 && !hasOrder(instrument, Side.BUY)) {
        overweight.add(instrument);
      }
    }
    sortByExcess(overweight, true);
    for (Instrument instrument : overweight) {
      if (need.signum() <= 0) {
        return;
      }
      if (!allowed(instrument, Side.SELL, false)) {
        continue;
      }
      BigDecimal target = target(instrument);
      Reason why =
          new Reason.RaiseCash(
              instrument.symbol(), need(buys), weightAfterFlow(instrument.symbol()), target);
      BigDecimal amount = excess(instrument).min(need);
      sellValue(instrument, amount, target.signum() == 0, Purpose.RAISE_CASH, why);
      need = wanted.add(lowestCash()).subtract(spareTotal());
    }
    if (need.signum() > 0 && (flow.signum() < 0 || cashShortOfFloor().signum() > 0)) {
      // Still short of a withdrawal or the floor: sell every line in proportion to its value.
      BigDecimal rest = BigDecimal.ZERO;
      for (Instrument instrument : universe) {
        rest = rest.add(plannedValue(instrument));
      }
      BigDecimal share = rest.signum() == 0 ? BigDecimal.ZERO : need.divide(rest, MATH);
      for (Instrument instrument : universe) {
        if (!hasOrder(instrument, Side.BUY) && allowed(instrument, Side.SELL, false)) {
          Reason why =
              new Reason.RaiseCashProRata(
                  instrument.symbol(), need(buys), share.min(BigDecimal.ONE));
          sellValue(
              instrument, plannedValue(instrument).multiply(share), false, Purpose.RAISE_CASH, why);
        }
      }
    }
  }

  /** A wanted buy's value plus its estimated fee and slippage, base currency. */
  private BigDecimal withCosts(Wanted buy) {
    CostSchedule schedule = schedule(accounts.get(0), buy.instrument);
    BigDecimal rate =
        schedule.feeBps().add(schedule.slippageBps()).movePointLeft(4).add(BigDecimal.ONE);
    return buy.value
        .multiply(rate)
        .add(schedule.fixedFee().multiply(valuation.fxRate(buy.instrument.quoteCurrency())));
  }

  private Reason.Need need(List<Wanted> buys) {
    if (flow.signum() < 0) {
      return new Reason.Need(Reason.NeedKind.WITHDRAWAL, money(flow.negate()));
    }
    if (buys.isEmpty()) {
      return new Reason.Need(Reason.NeedKind.FLOOR, money(floor));
    }
    return new Reason.Need(Reason.NeedKind.BUYS, null);
  }

  /**
   * Sorts instruments by how far their planned value is from target (most overweight first, or most
   * underweight first), then by symbol; each key is computed once.
   */
  private void sortByExcess(List<Instrument> instruments, boolean mostOverweightFirst) {
    Map<String, BigDecimal> keys = new HashMap<>();
    for (Instrument instrument : instruments) {
      BigDecimal key = excess(instrument);
      keys.put(instrument.symbol(), mostOverweightFirst ? key.negate() : key);
    }
    instruments.sort(
        Comparator.comparing((Instrument i) -> keys.get(i.symbol()))
            .thenComparing(Instrument::symbol));
  }

  /** How far an instrument's planned value is above its target value (base currency). */
  private BigDecimal excess(Instrument instrument) {
    return plannedValue(instrument).subtract(figures(instrument).targetValue);
  }

  // ---- buys -----------------------------------------------------------------------------------

  /** Buys up to {@code amount} (base currency) of an instrument, as far as cash allows. */
  private void buyValue(
      Instrument instrument, BigDecimal amount, Purpose purpose, Reason why, BigDecimal rank) {
    BigDecimal unit = unitValue(instrument);
    BigDecimal wanted = Lots.quantityFor(amount, unit, instrument.lotStep(), buyRounding(purpose));
    BigDecimal bought = BigDecimal.ZERO;
    List<String> byCash = accounts;
    if (accounts.size() > 1) {
      byCash = new ArrayList<>(accounts);
      byCash.sort(Comparator.comparing(this::spare).reversed().thenComparing(accountOrder()));
    }
    for (String account : byCash) {
      if (!canBuy(account, instrument)) {
        continue;
      }
      BigDecimal quantity = fit(account, instrument, wanted.subtract(bought));
      if (quantity.signum() > 0
          && place(account, instrument, Side.BUY, quantity, purpose, why, rank)) {
        bought = bought.add(quantity);
      }
      if (bought.compareTo(wanted) >= 0) {
        break;
      }
    }
    if (purpose == Purpose.REBALANCE) {
      wantedBuys.put(instrument.symbol(), wanted);
    }
  }

  /** Says which rebalancing buys ended smaller than wanted for lack of cash. */
  private void warnShortBuys() {
    wantedBuys.forEach(
        (symbol, wanted) -> {
          BigDecimal bought = BigDecimal.ZERO;
          for (Order order : figures(instruments.get(symbol)).orders) {
            if (order.side == Side.BUY) {
              bought = bought.add(order.quantity);
            }
          }
          if (bought.compareTo(wanted) < 0) {
            warn(Kind.NOT_ENOUGH_CASH, symbol, buyCut(wanted, bought));
          }
        });
  }

  /** A buy cut for lack of cash, with what kept the cash: the floor or the cash destination. */
  private RebalanceWarning.BuyCut buyCut(BigDecimal wanted, BigDecimal bought) {
    BigDecimal floors = floor.multiply(BigDecimal.valueOf(accounts.size()));
    RebalanceWarning.CashLimit limit =
        lowestCash().compareTo(floors) > 0
            ? RebalanceWarning.CashLimit.CASH_TARGET
            : RebalanceWarning.CashLimit.FLOOR;
    return new RebalanceWarning.BuyCut(wanted, bought, limit, money(lowestCash()));
  }

  private RoundingMode buyRounding(Purpose purpose) {
    return purpose == Purpose.REBALANCE && settings.destination() == Destination.TARGET
        ? RoundingMode.HALF_UP
        : purpose == Purpose.REBALANCE ? RoundingMode.UP : RoundingMode.DOWN;
  }

  /**
   * The largest whole-lot quantity, at most {@code most}, that an account can buy while its cash
   * and the slice's cash stay at or above what they must keep.
   */
  private BigDecimal fit(String account, Instrument instrument, BigDecimal most) {
    BigDecimal room = spare(account).min(spareTotal().subtract(lowestCash()));
    BigDecimal quantity = most;
    if (room.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (buyCost(account, instrument, most).compareTo(room) <= 0) {
      return most; // the usual case: the whole buy fits
    }
    BigDecimal unit = unitValue(instrument);
    BigDecimal affordable = Lots.quantityFor(room, unit, instrument.lotStep(), RoundingMode.DOWN);
    quantity = quantity.min(affordable);
    // Fees and slippage come on top: step down until the whole cost fits.
    while (quantity.signum() > 0 && buyCost(account, instrument, quantity).compareTo(room) > 0) {
      BigDecimal over = buyCost(account, instrument, quantity).subtract(room);
      BigDecimal lots =
          over.divide(unit.multiply(instrument.lotStep()), 0, RoundingMode.UP).max(BigDecimal.ONE);
      quantity = quantity.subtract(lots.multiply(instrument.lotStep())).max(BigDecimal.ZERO);
    }
    return quantity;
  }

  /** The extra cash buying {@code quantity} more would take, base currency. */
  private BigDecimal buyCost(String account, Instrument instrument, BigDecimal quantity) {
    Order existing = order(account, instrument);
    if (existing == null) {
      return cost(account, instrument, Side.BUY, quantity);
    }
    return cost(account, instrument, Side.BUY, existing.quantity.add(quantity))
        .subtract(existing.cost);
  }

  /** Spends cash left above the cash destination on the most underweight lines that fit. */
  private void investLeftover() {
    if (!settings.mode().allowsBuy()) {
      return;
    }
    Optional<BigDecimal> highest = highestCash();
    if (highest.isEmpty()) {
      return;
    }
    List<Instrument> underweight = new ArrayList<>();
    for (Instrument instrument : universe) {
      if (excess(instrument).signum() < 0 && !hasOrder(instrument, Side.SELL)) {
        underweight.add(instrument);
      }
    }
    sortByExcess(underweight, false);
    for (Instrument instrument : underweight) {
      BigDecimal left = spareTotal().subtract(highest.get());
      if (left.signum() <= 0) {
        return;
      }
      BigDecimal amount = excess(instrument).negate().min(left);
      if (!allowed(instrument, Side.BUY, false) || !fitsOneLot(amount, instrument)) {
        continue;
      }
      BigDecimal target = target(instrument);
      Reason why =
          new Reason.InvestLeftover(
              instrument.symbol(), weight(plannedValue(instrument), totalAfterFlow), target);
      buyValue(
          instrument,
          amount,
          Purpose.INVEST_CASH,
          why,
          excess(instrument).divide(totalAfterFlow, MATH));
    }
  }

  /** Whether {@code amount} (base currency) buys at least one lot of the instrument. */
  private boolean fitsOneLot(BigDecimal amount, Instrument instrument) {
    return amount.compareTo(unitValue(instrument).multiply(instrument.lotStep())) >= 0;
  }

  // ---- limits ---------------------------------------------------------------------------------

  /** Scales every trade down when the traded volume is above the turnover cap. */
  private void capTurnover() {
    if (settings.maxTurnover() == null || orders.isEmpty()) {
      return;
    }
    BigDecimal cap = settings.maxTurnover().multiply(total);
    BigDecimal turnover = BigDecimal.ZERO;
    for (Order order : orders) {
      turnover = turnover.add(order.valueChange.abs());
    }
    if (turnover.compareTo(cap) <= 0) {
      return;
    }
    BigDecimal scale = cap.divide(turnover, MATH);
    warn(
        Kind.TURNOVER_CAP,
        null,
        new RebalanceWarning.TurnoverCapped(
            money(turnover), settings.maxTurnover(), money(cap), scale));
    for (Order order : List.copyOf(orders)) {
      removeOrder(order);
      order.quantity = Lots.floor(order.quantity.multiply(scale), order.instrument.lotStep());
      if (order.quantity.signum() > 0 && meetsMinimums(order, true)) {
        addOrder(order);
      }
    }
  }

  /**
   * Trims buys, least urgent first, while an account's cash (less the slippage reserve) is below
   * the floor; if that is not enough, pays out less of the withdrawal.
   */
  private void keepCashAboveFloor() {
    for (String account : accounts) {
      List<Order> buys = new ArrayList<>();
      for (Order order : orders) {
        if (order.account.equals(account) && order.side == Side.BUY) {
          buys.add(order);
        }
      }
      buys.sort(Comparator.comparing((Order o) -> o.rank).reversed());
      for (Order buy : buys) {
        if (spare(account).signum() >= 0) {
          break;
        }
        removeOrder(buy);
        BigDecimal quantity = fit(account, buy.instrument, buy.quantity);
        if (quantity.signum() > 0) {
          buy.quantity = quantity;
          if (meetsMinimums(buy, false)) {
            addOrder(buy);
          }
        }
      }
      BigDecimal shortfall = spare(account).negate();
      if (shortfall.signum() > 0 && account.equals(flowAccount) && flow.signum() < 0) {
        BigDecimal paid = flow.negate().subtract(shortfall).max(BigDecimal.ZERO);
        startCash.merge(account, flow.negate().subtract(paid), BigDecimal::add);
        startCashTotal = startCashTotal.add(flow.negate().subtract(paid));
        warn(
            Kind.WITHDRAWAL_SHORT,
            null,
            new RebalanceWarning.WithdrawalCut(money(flow.negate()), money(paid), money(floor)));
        flow = paid.negate();
      } else if (shortfall.signum() > 0) {
        warn(
            Kind.NOT_ENOUGH_CASH,
            null,
            new RebalanceWarning.BelowFloor(account, money(shortfall), money(floor)));
      }
    }
  }

  // ---- placing orders -------------------------------------------------------------------------

  /**
   * Adds {@code quantity} to the account's order for the instrument, unless the result is below an
   * exchange or user minimum; says whether it was placed.
   */
  private boolean place(
      String account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      Purpose purpose,
      Reason why,
      BigDecimal rank) {
    Order existing = order(account, instrument);
    if (existing != null) {
      if (existing.side != side) {
        return false;
      }
      removeOrder(existing);
      existing.quantity = existing.quantity.add(quantity);
      addOrder(existing);
      return true;
    }
    Order order = new Order(account, instrument, side, quantity, purpose, why, rank);
    if (!meetsMinimums(order, purpose == Purpose.REBALANCE)) {
      return false;
    }
    addOrder(order);
    return true;
  }

  private void addOrder(Order order) {
    Figures figures = figures(order.instrument);
    orders.add(order);
    figures.orders.add(order);
    order.cost = cost(order.account, order.instrument, order.side, order.quantity);
    order.valueChange =
        planning(figures.unitValue.multiply(order.quantity))
            .multiply(BigDecimal.valueOf(order.side.sign()));
    used.merge(order.account, order.cost, BigDecimal::add);
    usedTotal = usedTotal.add(order.cost);
    figures.valueChange = figures.valueChange.add(order.valueChange);
  }

  private void removeOrder(Order order) {
    Figures figures = figures(order.instrument);
    orders.remove(order);
    figures.orders.remove(order);
    used.merge(order.account, order.cost.negate(), BigDecimal::add);
    usedTotal = usedTotal.subtract(order.cost);
    figures.valueChange = figures.valueChange.subtract(order.valueChange);
  }

  /** The account's placed order for a symbol, or null. */
  private Order order(String account, Instrument instrument) {
    for (Order order : figures(instrument).orders) {
      if (order.account.equals(account)) {
        return order;
      }
    }
    return null;
  }

  private boolean meetsMinimums(Order order, boolean warn) {
    Instrument instrument = order.instrument;
    BigDecimal notional = valuation.notional(instrument, order.quantity);
    if (order.quantity.compareTo(instrument.minQuantity()) < 0
        || notional.compareTo(instrument.minNotional()) < 0) {
      if (warn) {
        warn(
            Kind.BELOW_EXCHANGE_MINIMUM,
            instrument.symbol(),
            new RebalanceWarning.BelowExchangeMinimum(
                orderFigures(order),
                new Money(notional, instrument.quoteCurrency()),
                instrument.minQuantity(),
                new Money(instrument.minNotional(), instrument.quoteCurrency())));
      }
      return false;
    }
    if (unitValue(instrument).multiply(order.quantity).compareTo(settings.minTradeNotional()) < 0) {
      if (warn) {
        warn(
            Kind.BELOW_TRADE_MINIMUM,
            instrument.symbol(),
            new RebalanceWarning.BelowTradeMinimum(
                orderFigures(order), money(settings.minTradeNotional())));
      }
      return false;
    }
    return true;
  }

  private static RebalanceWarning.OrderFigures orderFigures(Order order) {
    return new RebalanceWarning.OrderFigures(
        order.account, order.side, order.quantity, order.instrument.symbol());
  }

  // ---- the ledger -----------------------------------------------------------------------------

  /** An account's cash after its orders and fees, less the slippage reserve and the floor. */
  private BigDecimal spare(String account) {
    return startCash
        .get(account)
        .subtract(floor)
        .subtract(used.getOrDefault(account, BigDecimal.ZERO));
  }

  /** The slice's cash after its orders, less the slippage reserve. */
  private BigDecimal spareTotal() {
    return startCashTotal.subtract(usedTotal);
  }

  /** Cash the slice must keep: every account's floor, and the low end of the cash destination. */
  private BigDecimal lowestCash() {
    if (lowestCash == null) {
      lowestCash = computeLowestCash();
    }
    return lowestCash;
  }

  private BigDecimal computeLowestCash() {
    BigDecimal floors = floor.multiply(BigDecimal.valueOf(accounts.size()));
    BigDecimal low = toward(BigDecimal.ZERO, targets.cash(), targets.cashBand());
    return floors.max(low.multiply(totalAfterFlow));
  }

  /** Cash above which the rest is invested, empty when the cash band sets no upper limit. */
  private Optional<BigDecimal> highestCash() {
    BigDecimal floors = floor.multiply(BigDecimal.valueOf(accounts.size()));
    BigDecimal high = toward(BigDecimal.ONE, targets.cash(), targets.cashBand());
    if (high.compareTo(BigDecimal.ONE) >= 0) {
      return Optional.empty();
    }
    return Optional.of(floors.max(high.multiply(totalAfterFlow)));
  }

  private BigDecimal cashShortOfFloor() {
    BigDecimal worst = BigDecimal.ZERO;
    for (String account : accounts) {
      worst = worst.max(floor.subtract(startCash.get(account)));
    }
    return worst;
  }

  /**
   * The cash an order takes, base currency: the notional of a buy (a sell's proceeds count
   * negative) plus the fee, plus for a buy the slippage kept in reserve.
   */
  private BigDecimal cost(String account, Instrument instrument, Side side, BigDecimal quantity) {
    BigDecimal notional = valuation.notional(instrument, quantity);
    CostSchedule schedule = schedule(account, instrument);
    BigDecimal cost = CostEstimator.fee(schedule, notional);
    if (side == Side.BUY) {
      cost = cost.add(notional).add(CostEstimator.slippage(schedule, notional));
    } else {
      cost = cost.subtract(notional);
    }
    return cost.multiply(valuation.fxRate(instrument.quoteCurrency()))
        .setScale(PLANNING_SCALE, RoundingMode.CEILING);
  }

  private CostSchedule schedule(String account, Instrument instrument) {
    return portfolio.costs().scheduleFor(account, instrument.symbol());
  }

  // ---- small helpers --------------------------------------------------------------------------

  private BigDecimal unitValue(Instrument instrument) {
    return figures(instrument).unitValue;
  }

  private Map<String, BigDecimal> held(String symbol) {
    return held.getOrDefault(symbol, Map.of());
  }

  private BigDecimal value(String symbol) {
    return values.getOrDefault(symbol, BigDecimal.ZERO);
  }

  /** Value after the orders planned so far, base currency, to {@link #PLANNING_SCALE} places. */
  private BigDecimal plannedValue(Instrument instrument) {
    Figures figures = figures(instrument);
    return figures.startValue.add(figures.valueChange);
  }

  private static BigDecimal planning(BigDecimal amount) {
    return amount.setScale(PLANNING_SCALE, RoundingMode.HALF_EVEN);
  }

  private boolean hasOrder(Instrument instrument, Side side) {
    for (Order order : figures(instrument).orders) {
      if (order.side == side) {
        return true;
      }
    }
    return false;
  }

  private BigDecimal weightAfterFlow(String symbol) {
    return weight(value(symbol), totalAfterFlow);
  }

  private static BigDecimal sum(Iterable<BigDecimal> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal amount : amounts) {
      sum = sum.add(amount);
    }
    return sum;
  }

  private static BigDecimal weight(BigDecimal value, BigDecimal total) {
    return total.signum() == 0 ? BigDecimal.ZERO : value.divide(total, MATH);
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, portfolio.baseCurrency());
  }

  private void warn(Kind kind, String symbol, RebalanceWarning.Detail detail) {
    String account = accounts.size() == 1 ? accounts.get(0) : null;
    warnings.add(new RebalanceWarning(kind, account, symbol, detail));
  }
}
