package dev.keel.analytics.stress;

import dev.keel.analytics.exposure.MarketShock;
import dev.keel.analytics.exposure.ShockedMarkets;
import dev.keel.analytics.margin.AccountMarginFigures;
import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.stress.StressGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs stress scenarios on a book (docs/stress.md): for each, the market shocked in full ({@link
 * ShockedMarkets}), every account's equity and margin worked out again in it, and its P&amp;L
 * against the book revalued with nothing moved (so an option whose mark is off its model value
 * shows no P&amp;L from that gap). Stateless.
 */
public final class StressCalculator {
  /** The shared instance. */
  public static final StressCalculator DEFAULT = new StressCalculator();

  private StressCalculator() {}

  /** The scenarios of the named sets, built for the book's groups, in the order given. */
  public List<Scenario> scenarios(Portfolio portfolio, List<ScenarioSets> sets) {
    List<StressGroup> groups = BookGroups.of(portfolio).groups();
    List<Scenario> scenarios = new ArrayList<>();
    sets.forEach(set -> scenarios.addAll(set.scenarios(groups)));
    return scenarios;
  }

  /**
   * The book under each scenario.
   *
   * @throws IllegalArgumentException when a scenario names an underlying or group the book does not
   *     hold, saying which it holds
   */
  public BookStress run(Portfolio portfolio, List<Scenario> scenarios) {
    BookGroups groups = BookGroups.of(portfolio);
    scenarios.forEach(s -> checkNames(s, groups));
    ShockedMarkets markets = new ShockedMarkets(portfolio, portfolio.market());
    Valued today = Valued.today(portfolio);
    Valued unmoved = Valued.of(portfolio, markets.under(nothing()));
    Set<String> warnings = new LinkedHashSet<>(markets.warnings());
    warnings.addAll(today.margin.warnings());
    // scenarios share nothing mutable: each is valued on its own core, joined in their order
    List<ScenarioResult> results =
        scenarios.parallelStream()
            .map(
                scenario ->
                    result(
                        scenario,
                        groups,
                        today,
                        unmoved,
                        Valued.of(portfolio, markets.under(shock(scenario, groups)))))
            .toList();
    return new BookStress(
        portfolio.baseCurrency(),
        portfolio.market().asOf(),
        groups.groups(),
        groups.members(),
        results,
        worst(today, results),
        worstOfBook(results),
        List.copyOf(warnings));
  }

  /**
   * Checks that a scenario names only underlyings and groups the book holds, as {@link #run} does
   * before it revalues anything: for a scenario of one's own, read apart from the built-in sets.
   *
   * @throws IllegalArgumentException saying which name the book does not hold and which it holds
   */
  public void check(Portfolio portfolio, Scenario scenario) {
    checkNames(scenario, BookGroups.of(portfolio));
  }

  private static ScenarioResult result(
      Scenario scenario, BookGroups groups, Valued today, Valued unmoved, Valued after) {
    List<AccountStress> accounts = new ArrayList<>();
    double total = 0;
    for (AccountMarginFigures now : today.margin.accounts()) {
      String id = now.account();
      AccountMarginFigures margin = after.accountMargin.get(id);
      double pnl = after.equity.get(id) - unmoved.equity.get(id);
      total += pnl;
      accounts.add(
          new AccountStress(
              id,
              now.mode(),
              pnl,
              pnl * scenario.weight(),
              today.equity.get(id) + pnl,
              margin.marginBalance(),
              margin.maintenanceMargin(),
              margin.marginRatio(),
              now.mode() != MarginMode.CASH && margin.atLiquidation()));
    }
    Map<String, Double> moves = new LinkedHashMap<>();
    groups
        .members()
        .forEach((group, members) -> members.forEach(u -> moves.put(u, scenario.move(u, group))));
    return new ScenarioResult(scenario, moves, accounts, total);
  }

  private static List<AccountWorst> worst(Valued today, List<ScenarioResult> results) {
    List<AccountWorst> worst = new ArrayList<>();
    for (int i = 0; i < today.margin.accounts().size(); i++) {
      AccountMarginFigures now = today.margin.accounts().get(i);
      AccountStress worstOne = null;
      String worstName = null;
      int liquidated = 0;
      String first = null;
      for (ScenarioResult result : results) {
        AccountStress stress = result.accounts().get(i);
        if (worstOne == null || stress.weightedPnl() < worstOne.weightedPnl()) {
          worstOne = stress;
          worstName = result.scenario().name();
        }
        if (stress.liquidated()) {
          liquidated++;
          first = first == null ? result.scenario().name() : first;
        }
      }
      worst.add(
          new AccountWorst(
              now.account(),
              now.mode(),
              today.equity.get(now.account()),
              now.marginRatio(),
              worstName,
              worstOne == null ? 0 : worstOne.pnl(),
              worstOne == null ? 0 : worstOne.weightedPnl(),
              liquidated,
              first));
    }
    return worst;
  }

  private static String worstOfBook(List<ScenarioResult> results) {
    ScenarioResult worst = null;
    for (ScenarioResult result : results) {
      double weighted = result.pnl() * result.scenario().weight();
      if (worst == null || weighted < worst.pnl() * worst.scenario().weight()) {
        worst = result;
      }
    }
    return worst == null ? null : worst.scenario().name();
  }

  private static void checkNames(Scenario scenario, BookGroups groups) {
    Set<String> keys = new LinkedHashSet<>(scenario.moves().keySet());
    keys.addAll(scenario.vols().keySet());
    for (String key : keys) {
      if (!key.equals(Scenario.EVERY) && groups.groupOf(key) == null && groups.named(key) == null) {
        throw new IllegalArgumentException(
            "scenario \""
                + scenario.name()
                + "\": "
                + key
                + " is neither an underlying the book holds nor one of its groups; its"
                + " underlyings: "
                + String.join(", ", new TreeSet<>(underlyings(groups)))
                + "; its groups: "
                + String.join(", ", groups.members().keySet())
                + "; \"all\" moves every one");
      }
    }
  }

  private static List<String> underlyings(BookGroups groups) {
    List<String> all = new ArrayList<>();
    groups.members().values().forEach(all::addAll);
    return all;
  }

  private static MarketShock shock(Scenario scenario, BookGroups groups) {
    return new MarketShock() {
      @Override
      public double move(String underlying) {
        StressGroup group = groups.groupOf(underlying);
        return group == null ? 0 : scenario.move(underlying, group.name());
      }

      @Override
      public double vol(String underlying, double vol, double daysToExpiry) {
        StressGroup group = groups.groupOf(underlying);
        return group == null
            ? vol
            : scenario.vol(underlying, group.name()).apply(vol, daysToExpiry, group);
      }

      @Override
      public double days() {
        return scenario.days();
      }
    };
  }

  private static MarketShock nothing() {
    return new MarketShock() {
      @Override
      public double move(String underlying) {
        return 0;
      }

      @Override
      public double vol(String underlying, double vol, double daysToExpiry) {
        return vol;
      }

      @Override
      public double days() {
        return 0;
      }
    };
  }

  /** A book's equity and margin per account under one market. */
  private static final class Valued {
    private final BookMargin margin;
    private final Map<String, AccountMarginFigures> accountMargin = new HashMap<>();
    private final Map<String, Double> equity = new HashMap<>();

    private Valued(BookMargin margin) {
      this.margin = margin;
      margin.accounts().forEach(a -> accountMargin.put(a.account(), a));
      margin.accounts().forEach(a -> equity.put(a.account(), a.equity()));
    }

    /** A market whose options are at their model prices: a shocked one. */
    static Valued of(Portfolio portfolio, MarketSnapshot market) {
      return new Valued(MarginCalculator.AT_MARKS.compute(portfolio, market));
    }

    /**
     * Today's market, options at their quoted marks: the margin report's figures but the leverage,
     * which the stress report does not show.
     */
    static Valued today(Portfolio portfolio) {
      return new Valued(MarginCalculator.AT_MARKS.compute(portfolio, portfolio.market()));
    }
  }
}
