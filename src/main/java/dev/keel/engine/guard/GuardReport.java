package dev.keel.engine.guard;

import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.analytics.margin.PositionMarginFigures;
import dev.keel.analytics.stress.AccountWorst;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a proposal does to the guard figures of each margin account: before and after, the limits
 * broken before and after, the liquidation prices of its contracts and its worst loss in the
 * SPAN-like stress set. Export is refused while {@link #blocksExport()} (unless the user overrides
 * the guard, which the manifest records).
 *
 * @param limits the guard
 * @param accounts each margin account before and after, in the book's order
 * @param breachesBefore the limits broken before the trades
 * @param breachesAfter the limits broken after them
 * @param liquidations each contract's liquidation price before and after
 */
public record GuardReport(
    MarginGuard limits,
    List<AccountChange> accounts,
    List<GuardBreach> breachesBefore,
    List<GuardBreach> breachesAfter,
    List<LiquidationChange> liquidations) {

  public GuardReport {
    accounts = List.copyOf(accounts);
    breachesBefore = List.copyOf(breachesBefore);
    breachesAfter = List.copyOf(breachesAfter);
    liquidations = List.copyOf(liquidations);
  }

  /**
   * One margin account before and after.
   *
   * @param before its figures before the trades; {@code null} when it holds nothing then
   * @param after its figures after them
   * @param worstStressBefore its P&amp;L in its worst SPAN-like scenario before (a loss is below 0)
   * @param worstStressAfter the same after
   */
  public record AccountChange(
      String account,
      GuardFigures before,
      GuardFigures after,
      Double worstStressBefore,
      Double worstStressAfter) {}

  /** A contract's liquidation price before and after ({@code null}: none, or not held). */
  public record LiquidationChange(String account, String symbol, Double before, Double after) {}

  /** Whether an account is past its guard after the trades. */
  public boolean blocksExport() {
    return !breachesAfter.isEmpty();
  }

  /** The report of a book before and after its trades, both valid portfolios. */
  public static GuardReport of(Portfolio before, Portfolio after, MarginGuard limits) {
    BookMargin marginBefore = MarginCalculator.DEFAULT.compute(before);
    BookMargin marginAfter = MarginCalculator.DEFAULT.compute(after);
    Map<String, GuardFigures> figuresBefore = byAccount(GuardCheck.figures(marginBefore));
    Map<String, Double> stressBefore = worstStress(before);
    Map<String, Double> stressAfter = worstStress(after);
    List<AccountChange> accounts = new ArrayList<>();
    List<GuardBreach> broken = new ArrayList<>();
    List<GuardBreach> brokenAfter = new ArrayList<>();
    for (GuardFigures figures : GuardCheck.figures(marginAfter)) {
      String id = figures.account();
      GuardFigures then = figuresBefore.get(id);
      accounts.add(new AccountChange(id, then, figures, stressBefore.get(id), stressAfter.get(id)));
      broken.addAll(GuardCheck.breaches(then, limits));
      brokenAfter.addAll(GuardCheck.breaches(figures, limits));
    }
    return new GuardReport(
        limits, accounts, broken, brokenAfter, liquidations(marginBefore, marginAfter));
  }

  private static Map<String, GuardFigures> byAccount(List<GuardFigures> figures) {
    Map<String, GuardFigures> byAccount = new HashMap<>();
    figures.forEach(f -> byAccount.put(f.account(), f));
    return byAccount;
  }

  private static Map<String, Double> worstStress(Portfolio portfolio) {
    StressCalculator stress = StressCalculator.DEFAULT;
    BookStress result =
        stress.run(portfolio, stress.scenarios(portfolio, List.of(ScenarioSets.SPAN)));
    Map<String, Double> worst = new HashMap<>();
    for (AccountWorst account : result.accounts()) {
      worst.put(account.account(), account.worstPnl());
    }
    return worst;
  }

  private static List<LiquidationChange> liquidations(BookMargin before, BookMargin after) {
    Map<String, LiquidationChange> changes = new LinkedHashMap<>();
    for (PositionMarginFigures p : before.positions()) {
      if (p.liquidationPriceApplies()) {
        changes.put(
            p.account() + '\u0000' + p.symbol(),
            new LiquidationChange(p.account(), p.symbol(), p.liquidationPrice(), null));
      }
    }
    for (PositionMarginFigures p : after.positions()) {
      if (!p.liquidationPriceApplies()) {
        continue;
      }
      String key = p.account() + '\u0000' + p.symbol();
      LiquidationChange then = changes.get(key);
      changes.put(
          key,
          new LiquidationChange(
              p.account(), p.symbol(), then == null ? null : then.before(), p.liquidationPrice()));
    }
    return new ArrayList<>(changes.values());
  }
}
