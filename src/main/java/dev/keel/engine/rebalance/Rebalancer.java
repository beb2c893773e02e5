package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.Account;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Proposes the trades that bring a portfolio back within its bands under the user's settings.
 *
 * <p>Each traded line is sized in money toward its destination (target, band edge or part way),
 * then turned into whole lots. Sells come first; buys are funded from cash above the floor and the
 * cash destination, most underweight first, and when that is not enough from the most overweight
 * lines. Cash left after rounding goes to the most underweight lines that still fit. Orders below
 * an exchange or user minimum are dropped with a warning; a turnover cap scales every trade.
 *
 * <p>The portfolio must be valid. The result depends only on the portfolio's content and the market
 * snapshot it is valued under, never on the order of its positions.
 */
public final class Rebalancer {
  /** The shared instance; the rebalancer holds no state. */
  public static final Rebalancer DEFAULT = new Rebalancer();

  /**
   * Why the request cannot be carried out on this portfolio, or empty when it can: no targets, an
   * unknown or missing cash-flow account, a withdrawal larger than the account.
   */
  public Optional<String> check(Portfolio portfolio, RebalanceSettings settings) {
    return check(portfolio, portfolio.market(), settings);
  }

  /**
   * As {@link #check(Portfolio, RebalanceSettings)}, with the book valued under {@code market},
   * which must also price every position and target and convert every currency it uses.
   */
  public Optional<String> check(
      Portfolio portfolio, MarketSnapshot market, RebalanceSettings settings) {
    return RequestCheck.check(portfolio, market, settings);
  }

  /**
   * The proposal for a valid portfolio under its own market snapshot.
   *
   * @throws IllegalArgumentException when {@link #check} finds the request impossible
   */
  public Proposal propose(Portfolio portfolio, RebalanceSettings settings) {
    return propose(portfolio, portfolio.market(), settings);
  }

  /**
   * The proposal for a valid portfolio's book and mandate under {@code market}, which must price
   * every position and target and convert every currency.
   *
   * @throws IllegalArgumentException when {@link #check} finds the request impossible
   */
  public Proposal propose(Portfolio portfolio, MarketSnapshot market, RebalanceSettings settings) {
    check(portfolio, market, settings)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    Valuation valuation = Valuation.of(portfolio, market);
    TargetWeights targets = new TargetWeights(portfolio);
    String flowAccount =
        settings.cashFlow().signum() == 0 ? null : RequestCheck.flowAccount(portfolio, settings);
    List<String> accountIds = new ArrayList<>(portfolio.accountsById().keySet());
    Map<String, List<Position>> positionsByAccount = new HashMap<>();
    for (Position position : portfolio.positions()) {
      positionsByAccount.computeIfAbsent(position.account(), a -> new ArrayList<>()).add(position);
    }
    List<List<String>> slices = new ArrayList<>();
    if (settings.scope() == Scope.HOUSEHOLD) {
      slices.add(accountIds);
    } else {
      accountIds.forEach(id -> slices.add(List.of(id)));
    }

    // in symbol order, so that each slice's universe, built in this order, is sorted already
    Map<String, Instrument> instruments = new LinkedHashMap<>();
    new TreeMap<>(portfolio.instrumentsBySymbol()).forEach(instruments::put);
    Function<List<String>, SliceRun> slice =
        accounts -> {
          boolean hasFlow = flowAccount != null && accounts.contains(flowAccount);
          List<Position> positions =
              accounts.size() == 1
                  ? positionsByAccount.getOrDefault(accounts.get(0), List.of())
                  : portfolio.positions();
          return new SliceRun(
              portfolio,
              instruments,
              valuation,
              targets,
              settings,
              accounts,
              positions,
              hasFlow ? settings.cashFlow() : BigDecimal.ZERO,
              hasFlow ? flowAccount : null,
              portfolio.exposureBasis() == ExposureBasis.DELTA
                  ? DeltaBasis.of(portfolio, market, accounts, positions)
                  : DeltaBasis.NONE);
        };
    // In account scope every account is first asked what its own bands make it trade, so that
    // each is told what the others must trade before its own choices are made (see Crossings).
    SliceRun[] runs = slices.parallelStream().map(slice).toArray(SliceRun[]::new);
    Map<String, Avoid> avoid =
        slices.size() == 1
            ? Map.of()
            : Crossings.avoid(
                accountIds, Arrays.stream(runs).parallel().map(SliceRun::required).toList());
    // Slices share nothing mutable, so they run in parallel; results are joined in slice order.
    // Each run is let go as soon as it is done, so the garbage collector need not keep copying it.
    List<SliceRun.Result> results =
        IntStream.range(0, runs.length)
            .parallel()
            .mapToObj(
                i -> {
                  SliceRun run = runs[i];
                  runs[i] = null;
                  return run.run(avoid.getOrDefault(slices.get(i).get(0), Avoid.NONE));
                })
            .toList();
    List<RebalanceWarning> warnings = new ArrayList<>();
    List<PlannedOrder> orders = new ArrayList<>();
    Map<String, BigDecimal> flows = new LinkedHashMap<>();
    for (SliceRun.Result result : results) {
      orders.addAll(result.orders());
      warnings.addAll(result.warnings());
      if (result.flow().signum() != 0) {
        flows.put(flowAccount, result.flow());
      }
    }
    warnings.addAll(Crossings.warnings(orders));
    sortForTheTrader(orders, accountIds);
    TradePricing pricing = new TradePricing(portfolio, valuation);
    List<Trade> trades =
        IntStream.range(0, orders.size())
            .parallel()
            .mapToObj(
                i -> {
                  PlannedOrder order = orders.get(i);
                  return pricing.trade(
                      "T" + (i + 1),
                      order.account,
                      order.instrument,
                      order.side,
                      order.quantity,
                      order.purpose,
                      order.reason);
                })
            .toList();
    warnings.addAll(CurrencyCheck.shortBalances(portfolio, trades, flows));
    return new Proposal(
        proposalId(portfolio, market, settings, trades),
        portfolio,
        market,
        settings,
        trades,
        warnings,
        flows);
  }

  /** Orders by account in file order, sells before buys, then by symbol. */
  private static void sortForTheTrader(List<PlannedOrder> orders, List<String> accountIds) {
    Map<String, Integer> accountIndex = new HashMap<>();
    accountIds.forEach(id -> accountIndex.put(id, accountIndex.size()));
    record Keyed(int account, boolean buy, String symbol, PlannedOrder order) {}
    List<Keyed> keyed = new ArrayList<>(orders.size());
    for (PlannedOrder o : orders) {
      keyed.add(
          new Keyed(accountIndex.get(o.account), o.side == Side.BUY, o.instrument.symbol(), o));
    }
    keyed.sort(
        Comparator.comparingInt(Keyed::account)
            .thenComparing(Keyed::buy)
            .thenComparing(Keyed::symbol));
    for (int i = 0; i < keyed.size(); i++) {
      orders.set(i, keyed.get(i).order());
    }
  }

  /**
   * A short id from the portfolio's name and as-of time, the settings and the trades: {@code keel-}
   * and ten hex digits. Orders sent twice from the same proposal carry the same ids, which
   * exchanges refuse as duplicates.
   */
  static String proposalId(
      Portfolio portfolio, MarketSnapshot market, RebalanceSettings settings, List<Trade> trades) {
    StringBuilder text = new StringBuilder();
    text.append(portfolio.name()).append('\n').append(market.asOf()).append('\n');
    text.append(settings.describe()).append('\n');
    for (Trade trade : trades) {
      text.append(trade.account())
          .append(',')
          .append(trade.symbol())
          .append(',')
          .append(trade.side())
          .append(',')
          .append(trade.quantity().toPlainString())
          .append('\n');
    }
    for (Account account : portfolio.accounts()) {
      text.append(account.id()).append('\n');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "keel-" + HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
