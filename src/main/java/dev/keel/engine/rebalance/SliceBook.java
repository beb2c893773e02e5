package dev.keel.engine.rebalance;

import dev.keel.engine.LineExposures;
import dev.keel.engine.ReachableTargets;
import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One slice of a book as the rebalancer sees it, before any trade: the slice's accounts (one, or
 * all of them in household scope), what each holds and its cash in the base currency, the total,
 * and the universe of lines that may be traded (held, or targeted and buyable in the slice). Worked
 * out once; only the per-instrument figures are filled in on first use.
 */
final class SliceBook {
  /** Arithmetic of weights and scales inside a slice. */
  static final MathContext MATH = MathContext.DECIMAL64;

  /**
   * Decimal places of the base-currency amounts the slice sizes trades and keeps its cash ledger
   * with. Exact products of quantities, prices and FX rates run to twenty and more places, which
   * makes every sum and comparison slow; a hundred-millionth of a currency unit is far below any
   * lot. Costs are rounded up, so the ledger never shows more cash than there is.
   */
  static final int PLANNING_SCALE = 8;

  final Portfolio portfolio;
  final Valuation valuation;
  final TargetWeights targets;
  final List<String> accounts;
  final Map<String, Instrument> instruments;

  /** The deposit (positive) or withdrawal (negative) this slice carries, base currency. */
  final BigDecimal flow;

  /** The account of the cash flow, or {@code null} when the slice has none. */
  final String flowAccount;

  /** Held quantity by symbol, then by account (in account order). */
  private final Map<String, Map<String, BigDecimal>> held = new HashMap<>();

  /** Cash by account in the base currency, with the cash flow already in or out. */
  private final Map<String, BigDecimal> startCash = new LinkedHashMap<>();

  private final Map<String, BigDecimal> values = new HashMap<>();
  private final Map<String, Set<AssetType>> heldTypes = new HashMap<>();
  private final List<Instrument> universe = new ArrayList<>();
  private Map<String, InstrumentFigures> figures = Map.of();
  private ReachableTargets reachable;
  private final Map<String, BigDecimal> classValues = new HashMap<>();
  private final Map<String, List<Instrument>> classMembers = new HashMap<>();
  private BigDecimal total = BigDecimal.ZERO;
  private final BigDecimal totalAfterFlow;

  /** On the delta basis, the hedging instrument that trades a line's exposure, by line. */
  private final Map<String, HedgeRoute> routes;

  /** On the delta basis, the lines whose exposure derivatives add to. */
  private final Set<String> exposed = new java.util.HashSet<>();

  SliceBook(
      Portfolio portfolio,
      Map<String, Instrument> instruments,
      Valuation valuation,
      TargetWeights targets,
      List<String> accounts,
      List<Position> positions,
      BigDecimal flow,
      String flowAccount,
      DeltaBasis delta,
      SliceWarnings warnings) {
    this.portfolio = portfolio;
    this.valuation = valuation;
    this.targets = targets;
    this.accounts = List.copyOf(accounts);
    this.instruments = instruments;
    this.flow = flow;
    this.flowAccount = flowAccount;
    loadCash();
    loadPositions(positions);
    loadExposures(delta.exposures());
    this.routes = delta.routes();
    this.totalAfterFlow = total.add(flow);
    loadUniverse(warnings);
    if (flowAccount != null) {
      startCash.merge(flowAccount, flow, BigDecimal::add);
    }
  }

  private void loadCash() {
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
  }

  private void loadPositions(List<Position> positions) {
    Map<String, Integer> accountIndex = new HashMap<>();
    accounts.forEach(id -> accountIndex.put(id, accountIndex.size()));
    Comparator<String> accountOrder = Comparator.comparingInt(accountIndex::get);
    for (Position position : positions) {
      Instrument instrument = instruments.get(position.symbol());
      if (!instrument.isAllocated() || !startCash.containsKey(position.account())) {
        continue;
      }
      heldTypes
          .computeIfAbsent(position.account(), a -> EnumSet.noneOf(AssetType.class))
          .add(instrument.type());
      held.computeIfAbsent(position.symbol(), s -> new TreeMap<>(accountOrder))
          .merge(position.account(), position.quantity(), BigDecimal::add);
      BigDecimal value = valuation.valueInBase(instrument, position.quantity());
      values.merge(position.symbol(), value, BigDecimal::add);
      total = total.add(value);
    }
  }

  /**
   * On the delta basis, what the slice's derivatives add: their cash delta to the lines they count
   * toward, and their value or unrealised profit to the total (which is then the slice's equity),
   * so that a line's weight is its exposure and trading its spot closes the gap.
   */
  private void loadExposures(LineExposures exposures) {
    exposures.added().forEach((symbol, added) -> values.merge(symbol, added, BigDecimal::add));
    exposed.addAll(exposures.added().keySet());
    total = total.add(exposures.derivativesValue());
  }

  /**
   * Held lines, and targeted lines some account of the slice can buy; a targeted line no account
   * can buy is named in a warning, and its weight goes to the lines that can (see {@link #target}).
   */
  private void loadUniverse(SliceWarnings warnings) {
    reachable =
        new ReachableTargets(
            targets,
            instruments.values(),
            values::containsKey,
            this::buyableHere,
            instrument ->
                warnings.warn(
                    Kind.NOT_TRADABLE,
                    instrument.symbol(),
                    new RebalanceWarning.NotTradable(
                        targets.ofInstrument(instrument),
                        accounts,
                        instrument.type(),
                        heldElsewhere(instrument.type()))));
    universe.addAll(reachable.universe());
    for (Instrument instrument : universe) {
      BigDecimal value = value(instrument.symbol());
      for (String id : targets.classChain(instrument.assetClass())) {
        classValues.merge(id, value, BigDecimal::add);
        classMembers.computeIfAbsent(id, c -> new ArrayList<>()).add(instrument);
      }
    }
    figures = new HashMap<>(universe.size() * 2);
  }

  /** Whether some account of the slice can buy the instrument. */
  private boolean buyableHere(Instrument instrument) {
    for (String account : accounts) {
      if (canBuy(account, instrument)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an account outside the slice holds an instrument of the type. */
  private boolean heldElsewhere(AssetType type) {
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (instrument != null
          && instrument.type() == type
          && !accounts.contains(position.account())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an account can buy an instrument: it holds it, holds an instrument of the same type (so
   * its venue trades that kind), or holds nothing allocated yet.
   */
  boolean canBuy(String account, Instrument instrument) {
    return ReachableTargets.canBuy(
        heldTypes.get(account), held(instrument.symbol()).containsKey(account), instrument);
  }

  /** The hedging instrument that trades a line's exposure on the delta basis, or {@code null}. */
  HedgeRoute route(String symbol) {
    return routes.get(symbol);
  }

  /** Whether derivatives add to the line's exposure (the delta basis): its weight is exposure. */
  boolean isExposed(String symbol) {
    return exposed.contains(symbol) || routes.containsKey(symbol);
  }

  /** The lines that may be traded, by symbol. */
  List<Instrument> universe() {
    return Collections.unmodifiableList(universe);
  }

  /** Everything held in the slice before the cash flow, base currency. */
  BigDecimal total() {
    return total;
  }

  /** Everything held in the slice after the cash flow, base currency. */
  BigDecimal totalAfterFlow() {
    return totalAfterFlow;
  }

  /** Cash by account, base currency, the cash flow included, in account order. */
  Map<String, BigDecimal> startCash() {
    return Collections.unmodifiableMap(startCash);
  }

  /** Quantity held of a symbol by account, in account order; empty when not held. */
  Map<String, BigDecimal> held(String symbol) {
    return held.getOrDefault(symbol, Map.of());
  }

  /** The value held of a symbol before any trade, base currency. */
  BigDecimal value(String symbol) {
    return values.getOrDefault(symbol, BigDecimal.ZERO);
  }

  /** A symbol's weight in the slice after the cash flow, before any trade. */
  BigDecimal weightAfterFlow(String symbol) {
    return weight(value(symbol), totalAfterFlow());
  }

  /**
   * An instrument's target in this slice. When some targeted lines cannot be bought here, their
   * weight goes to the lines that can, in proportion to their targets, so the slice still aims at
   * being fully invested.
   */
  BigDecimal target(Instrument instrument) {
    return reachable.target(instrument);
  }

  /**
   * A class's target in this slice: the slice's targets of its members that can be traded here, so
   * a class whose other members are bought elsewhere is aimed at what this slice can reach.
   */
  BigDecimal classTarget(String classId) {
    return reachable.classTarget(classId);
  }

  /** The value of a class's lines in the slice before any trade, base currency. */
  BigDecimal classValue(String classId) {
    return classValues.getOrDefault(classId, BigDecimal.ZERO);
  }

  /** The classes with lines in the slice, in no particular order. */
  Set<String> classes() {
    return Collections.unmodifiableSet(classValues.keySet());
  }

  /** A class's lines in the slice, nested classes' lines included. */
  List<Instrument> classMembers(String classId) {
    return Collections.unmodifiableList(classMembers.getOrDefault(classId, List.of()));
  }

  /** One unit's value in the base currency. */
  BigDecimal unitValue(Instrument instrument) {
    return figures(instrument).unitValue();
  }

  /** The instrument's figures, made on first use. */
  InstrumentFigures figures(Instrument instrument) {
    InstrumentFigures known = figures.get(instrument.symbol());
    if (known == null) {
      BigDecimal target = target(instrument);
      known =
          new InstrumentFigures(
              valuation.valueInBase(instrument, BigDecimal.ONE),
              target,
              planning(value(instrument.symbol())),
              planning(target.multiply(totalAfterFlow())));
      figures.put(instrument.symbol(), known);
    }
    return known;
  }

  /** Money in the base currency, as a figure of a reason or warning. */
  Money money(BigDecimal amount) {
    return new Money(amount, portfolio.baseCurrency());
  }

  /** An amount at the planning scale. */
  static BigDecimal planning(BigDecimal amount) {
    return amount.setScale(PLANNING_SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@code value} over {@code total}, zero when the total is zero. */
  static BigDecimal weight(BigDecimal value, BigDecimal total) {
    return total.signum() == 0 ? BigDecimal.ZERO : value.divide(total, MATH);
  }

  static BigDecimal sum(Iterable<BigDecimal> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal amount : amounts) {
      sum = sum.add(amount);
    }
    return sum;
  }
}
