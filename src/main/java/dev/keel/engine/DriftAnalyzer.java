package dev.keel.engine;

import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.BandPolicy;
import dev.keel.model.CashBalance;
import dev.keel.model.DriftBand;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures how far each asset class, instrument and the cash line sit from their targets, and
 * whether that is outside the band that applies. The portfolio must be valid (see {@code
 * PortfolioValidator}); the result does not depend on the order of positions in the file.
 */
public final class DriftAnalyzer {

  /** Decimal places kept in a weight (a fraction): 1e-10 of the portfolio. */
  public static final int WEIGHT_SCALE = 10;

  /** The shared instance; the analyzer holds no state. */
  public static final DriftAnalyzer DEFAULT = new DriftAnalyzer();

  /** The drift report of a valid portfolio under its own market snapshot. */
  public DriftReport analyze(Portfolio portfolio) {
    return analyze(portfolio, portfolio.market());
  }

  /**
   * The drift report of a valid portfolio's book and mandate under {@code market}, which must price
   * every position and convert every currency.
   */
  public DriftReport analyze(Portfolio portfolio, MarketSnapshot market) {
    return new Run(portfolio, market, null).report();
  }

  /**
   * The drift of one account's part of a valid portfolio under {@code market}, as the account-scope
   * rebalance sees it: weights are fractions of the account's own value (its allocated holdings and
   * cash), the targets are those the account can reach ({@link ReachableTargets}: a targeted line
   * it cannot buy gives its weight to those it can), and the bands are the book's.
   *
   * @throws IllegalArgumentException when the portfolio has no account {@code accountId}
   */
  public DriftReport analyzeAccount(Portfolio portfolio, MarketSnapshot market, String accountId) {
    if (!portfolio.accountsById().containsKey(accountId)) {
      throw new IllegalArgumentException("no account " + accountId + " in " + portfolio.name());
    }
    return new Run(portfolio, market, accountId).report();
  }

  /** The weight of {@code value} in {@code total}, zero when the total is zero. */
  public static BigDecimal weight(BigDecimal value, BigDecimal total) {
    if (total.signum() == 0) {
      return BigDecimal.ZERO.setScale(WEIGHT_SCALE);
    }
    return value.divide(total, WEIGHT_SCALE, RoundingMode.HALF_EVEN);
  }

  /** Accumulates one instrument's holdings across accounts. */
  private static final class Holding {
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    final Map<String, AccountHolding> byAccount = new TreeMap<>();

    void add(String account, BigDecimal addedQuantity, BigDecimal addedValue) {
      quantity = quantity.add(addedQuantity);
      value = value.add(addedValue);
      byAccount.merge(
          account,
          new AccountHolding(account, addedQuantity, addedValue),
          (a, b) ->
              new AccountHolding(
                  account, a.quantity().add(b.quantity()), a.marketValue().add(b.marketValue())));
    }
  }

  private static final class Run {
    private final Portfolio portfolio;
    private final MarketSnapshot market;
    private final Valuation valuation;
    private final TargetAllocation targets;
    private final BandPolicy bands;
    private final TargetWeights targetWeights;
    private final boolean targetsSet;
    private final Map<String, Instrument> instruments;
    private final Map<String, AssetClass> classes;
    private final Map<String, Holding> holdings = new HashMap<>();
    private final Map<String, BigDecimal> classValues = new HashMap<>();
    private final List<DerivativeLine> derivatives = new ArrayList<>();
    private final List<CashHolding> cashHoldings = new ArrayList<>();
    private final List<Position> derivativePositions = new ArrayList<>();
    private final Map<String, BigDecimal> classExposures = new HashMap<>();
    private final ExposureBasis basis;
    private LineExposures lineExposures = LineExposures.NONE;

    /** Holdings, cash and what derivatives add to equity (their value or unrealised profit). */
    private BigDecimal equity;

    /** The account analysed on its own, {@code null} for the household. */
    private final String account;

    /** The targets the account can reach; {@code null} for the household. */
    private ReachableTargets reach;

    private final Set<AssetType> accountTypes = EnumSet.noneOf(AssetType.class);
    private Map<String, List<Instrument>> members;
    private BigDecimal total = BigDecimal.ZERO;

    Run(Portfolio portfolio, MarketSnapshot market, String account) {
      this.portfolio = portfolio;
      this.account = account;
      this.market = market;
      this.valuation = Valuation.of(portfolio, market);
      this.targets = portfolio.targets();
      this.bands = portfolio.bands();
      this.targetWeights = new TargetWeights(portfolio);
      this.targetsSet = !targets.isEmpty();
      this.instruments = portfolio.instrumentsBySymbol();
      this.classes = portfolio.assetClassesById();
      this.basis = portfolio.exposureBasis();
    }

    DriftReport report() {
      valueHoldings();
      BigDecimal cash = BigDecimal.ZERO;
      for (CashBalance balance : portfolio.cash()) {
        if (account != null && !balance.account().equals(account)) {
          continue;
        }
        BigDecimal value = valuation.cashInBase(balance.currency(), balance.amount());
        cash = cash.add(value);
        cashHoldings.add(
            new CashHolding(balance.account(), balance.currency(), balance.amount(), value));
      }
      cashHoldings.sort(
          Comparator.comparing(CashHolding::account).thenComparing(CashHolding::currency));
      total = total.add(cash);
      lineExposures = LineExposures.of(portfolio, market, derivativePositions);
      equity = total.add(lineExposures.derivativesValue());
      classExposures.putAll(lineExposures.byClass(instruments, classes));
      if (account != null) {
        // the same universe and targets the account's rebalance slice works with
        Set<AssetType> types = accountTypes.isEmpty() ? null : accountTypes;
        reach =
            new ReachableTargets(
                targetWeights,
                portfolio.instruments(),
                holdings::containsKey,
                i -> ReachableTargets.canBuy(types, holdings.containsKey(i.symbol()), i),
                i -> {});
      }
      members = instrumentsByClass();

      List<DriftRow> rows = new ArrayList<>();
      Map<String, List<AssetClass>> children = childrenByParent();
      for (AssetClass top : children.getOrDefault(null, List.of())) {
        addClass(rows, top, 0, BigDecimal.ONE, children);
      }
      rows.add(cashRow(cash));
      derivatives.sort(
          Comparator.comparing(DerivativeLine::account).thenComparing(DerivativeLine::symbol));
      return new DriftReport(
          portfolio.name(),
          portfolio.baseCurrency(),
          market.asOf(),
          total,
          cash,
          targetsSet,
          rows,
          derivatives,
          account,
          cashHoldings,
          basis,
          equity,
          lineExposures.warnings(portfolio.baseCurrency()));
    }

    private void valueHoldings() {
      for (Position position : portfolio.positions()) {
        if (account != null && !position.account().equals(account)) {
          continue;
        }
        Instrument instrument = instruments.get(position.symbol());
        BigDecimal value = valuation.valueInBase(instrument, position.quantity());
        if (!instrument.isAllocated()) {
          derivatives.add(
              DerivativeLine.of(
                  position,
                  instrument,
                  valuation.price(instrument.symbol()),
                  value,
                  market.asOf()));
          derivativePositions.add(position);
          continue;
        }
        holdings
            .computeIfAbsent(instrument.symbol(), s -> new Holding())
            .add(position.account(), position.quantity(), value);
        accountTypes.add(instrument.type());
        total = total.add(value);
        for (String id = instrument.assetClass(); id != null; id = classes.get(id).parent()) {
          classValues.merge(id, value, BigDecimal::add);
        }
      }
    }

    /** Classes grouped by parent id (null for top level), each group in file order. */
    private Map<String, List<AssetClass>> childrenByParent() {
      Map<String, List<AssetClass>> children = new HashMap<>();
      for (AssetClass assetClass : classes.values()) {
        children.computeIfAbsent(assetClass.parent(), p -> new ArrayList<>()).add(assetClass);
      }
      return children;
    }

    private void addClass(
        List<DriftRow> rows,
        AssetClass assetClass,
        int depth,
        BigDecimal parentTarget,
        Map<String, List<AssetClass>> children) {
      BigDecimal target =
          reach != null
              ? reach.classTarget(assetClass.id())
              : parentTarget.multiply(targets.classWeight(assetClass.id()).orElse(BigDecimal.ZERO));
      DriftBand band = classBand(assetClass.id());
      BigDecimal value = classValues.getOrDefault(assetClass.id(), BigDecimal.ZERO);
      List<DriftRow> below = new ArrayList<>();
      for (AssetClass child : children.getOrDefault(assetClass.id(), List.of())) {
        addClass(below, child, depth + 1, target, children);
      }
      for (Instrument instrument : members.getOrDefault(assetClass.id(), List.of())) {
        Holding holding = holdings.getOrDefault(instrument.symbol(), new Holding());
        BigDecimal instrumentTarget =
            reach != null
                ? reach.target(instrument)
                : target.multiply(
                    targets.instrumentWeight(instrument.symbol()).orElse(BigDecimal.ZERO));
        below.add(
            row(
                RowKind.INSTRUMENT,
                instrument.symbol(),
                instrument.name(),
                depth + 1,
                assetClass.id(),
                holding.quantity,
                valuation.price(instrument.symbol()),
                holding.value,
                holding.value.add(lineExposures.addedTo(instrument.symbol())),
                instrumentTarget,
                instrumentBand(instrument),
                List.copyOf(holding.byAccount.values())));
      }
      if (below.isEmpty() && target.signum() == 0 && value.signum() == 0) {
        return; // a class of derivatives only, or an empty one: nothing to allocate
      }
      rows.add(
          row(
              RowKind.ASSET_CLASS,
              assetClass.id(),
              assetClass.name(),
              depth,
              assetClass.parent(),
              null,
              null,
              value,
              value.add(classExposures.getOrDefault(assetClass.id(), BigDecimal.ZERO)),
              target,
              band,
              List.of()));
      rows.addAll(below);
    }

    /**
     * Allocated instruments that are held or targeted (for an account: held there, or targeted and
     * buyable there), grouped by class, each group by symbol.
     */
    private Map<String, List<Instrument>> instrumentsByClass() {
      Map<String, List<Instrument>> byClass = new HashMap<>();
      for (Instrument instrument : instruments.values()) {
        boolean shown =
            reach != null
                ? reach.reaches(instrument.symbol())
                : holdings.containsKey(instrument.symbol())
                    || targets.instrumentWeight(instrument.symbol()).isPresent()
                    || lineExposures.added().containsKey(instrument.symbol());
        if (instrument.isAllocated() && shown) {
          byClass.computeIfAbsent(instrument.assetClass(), c -> new ArrayList<>()).add(instrument);
        }
      }
      byClass.values().forEach(list -> list.sort(Comparator.comparing(Instrument::symbol)));
      return byClass;
    }

    private DriftRow cashRow(BigDecimal cash) {
      return row(
          RowKind.CASH,
          portfolio.baseCurrency(),
          "Cash",
          0,
          null,
          null,
          null,
          cash,
          cash,
          targets.cash(),
          bands.cashBand(),
          List.of());
    }

    private DriftRow row(
        RowKind kind,
        String key,
        String label,
        int depth,
        String parent,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal value,
        BigDecimal exposure,
        BigDecimal target,
        DriftBand band,
        List<AccountHolding> accountHoldings) {
      BigDecimal exposureWeight = weight(exposure, equity);
      BigDecimal current = basis == ExposureBasis.DELTA ? exposureWeight : weight(value, total);
      BigDecimal targetWeight = null;
      BigDecimal drift = null;
      BigDecimal relative = null;
      BigDecimal limit = null;
      boolean breached = false;
      if (targetsSet) {
        targetWeight = target.setScale(WEIGHT_SCALE, RoundingMode.HALF_EVEN);
        drift = current.subtract(targetWeight);
        relative =
            targetWeight.signum() == 0
                ? null
                : drift.divide(targetWeight, WEIGHT_SCALE, RoundingMode.HALF_EVEN);
        limit =
            band.limitFor(targetWeight)
                .map(l -> l.setScale(WEIGHT_SCALE, RoundingMode.HALF_EVEN))
                .orElse(null);
        breached = band.isBreachedBy(drift, targetWeight);
      }
      return new DriftRow(
          kind,
          key,
          label,
          depth,
          parent,
          quantity,
          price,
          value,
          current,
          targetWeight,
          drift,
          relative,
          band,
          limit,
          breached,
          accountHoldings,
          exposure,
          exposureWeight);
    }

    private DriftBand classBand(String classId) {
      return targetWeights.classBand(classId);
    }

    private DriftBand instrumentBand(Instrument instrument) {
      return targetWeights.instrumentBand(instrument);
    }
  }
}
