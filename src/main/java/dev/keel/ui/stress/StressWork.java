package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountWorst;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioResult;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Review;
import dev.keel.model.Portfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out what the stress view shows for one request, off the JavaFX thread: the book as it is
 * and, when the request has a review, the book after its approved trades ({@link Outcome#apply}, as
 * the proposal's before and after does), each under the chosen sets built for its own groups and
 * the scenario of one's own; then the heat table's lines, the book's worst first (as {@code keel
 * stress} lists them), and each account's summary.
 */
final class StressWork {
  private static final StressCalculator CALCULATOR = StressCalculator.DEFAULT;

  /** What a warning of the book after the proposal alone starts with. */
  private static final String AFTER = "After the proposal, ";

  private StressWork() {}

  /**
   * The figures of {@code request}; the book as it is is taken from {@code last} (the figures shown
   * before, or {@code null}) when they were worked out on the same book and scenarios.
   */
  static StressFigures compute(StressRequest request, StressFigures last) {
    Portfolio book = request.portfolio();
    List<Scenario> scenarios = new ArrayList<>(CALCULATOR.scenarios(book, request.sets()));
    String ownError = addOwn(book, request.own(), scenarios);
    StressedBook known = last == null ? null : last.beforeFor(request, scenarios);
    StressedBook before = known != null ? known : StressedBook.of(book, scenarios);
    Set<String> warnings = new LinkedHashSet<>(before.stress().warnings());
    StressedBook after =
        request.review() == null
            ? null
            : afterSide(request, ownError == null ? request.own() : null, warnings);
    return new StressFigures(
        request,
        scenarios,
        before,
        after,
        ownError,
        rows(before, after),
        accounts(before, after),
        List.copyOf(warnings));
  }

  /**
   * The book after the request's approved trades under its sets and {@code own} (when that book
   * still holds what it names); what is said of it alone goes to {@code warnings}.
   */
  private static StressedBook afterSide(StressRequest request, Scenario own, Set<String> warnings) {
    Portfolio book = afterTrades(request.review());
    List<Scenario> scenarios = new ArrayList<>(CALCULATOR.scenarios(book, request.sets()));
    String notHeld = addOwn(book, own, scenarios);
    if (notHeld != null) {
      warnings.add(AFTER + notHeld);
    }
    StressedBook after = StressedBook.of(book, scenarios);
    for (String warning : after.stress().warnings()) {
      if (!warnings.contains(warning)) { // said of the book after the trades only
        warnings.add(AFTER + warning);
      }
    }
    return after;
  }

  /** The book once the review's approved trades are made and the proposal's cash flows settled. */
  static Portfolio afterTrades(Review review) {
    return Outcome.apply(
        review.proposal().portfolio(), review.approvedTrades(), review.proposal().cashFlows());
  }

  /**
   * Adds {@code own} to {@code scenarios} when {@code book} holds what it names; otherwise says why
   * not. Nothing to add, nothing to say, when there is no scenario of one's own.
   */
  private static String addOwn(Portfolio book, Scenario own, List<Scenario> scenarios) {
    if (own == null) {
      return null;
    }
    try {
      CALCULATOR.check(book, own);
    } catch (IllegalArgumentException notHeld) {
      return notHeld.getMessage();
    }
    scenarios.add(own);
    return null;
  }

  /** A line per scenario run on the book as it is, the lowest weighted P&amp;L first. */
  private static List<ScenarioRow> rows(StressedBook beforeSide, StressedBook afterSide) {
    BookStress before = beforeSide.stress();
    BookStress after = afterSide == null ? null : afterSide.stress();
    Map<String, ScenarioResult> afterByKey = new HashMap<>();
    if (after != null) {
      after.scenarios().forEach(r -> afterByKey.put(key(r.scenario()), r));
    }
    Map<String, Double> equity = equity(before);
    Map<String, Double> equityAfter = after == null ? Map.of() : equity(after);
    List<ScenarioRow> rows = new ArrayList<>();
    for (ScenarioResult result : before.scenarios()) {
      rows.add(ScenarioRow.of(result, afterByKey.get(key(result.scenario())), equity, equityAfter));
    }
    rows.sort(Comparator.comparingDouble(ScenarioRow::weightedPnl)); // stable: equals as run
    return rows;
  }

  private static List<AccountSummaryRow> accounts(StressedBook before, StressedBook after) {
    Map<String, AccountSummaryRow.Side> afterById = new HashMap<>();
    if (after != null) {
      after.stress().accounts().forEach(a -> afterById.put(a.account(), side(a, after)));
    }
    return before.stress().accounts().stream()
        .map(a -> new AccountSummaryRow(side(a, before), afterById.get(a.account())))
        .toList();
  }

  private static AccountSummaryRow.Side side(AccountWorst account, StressedBook book) {
    return new AccountSummaryRow.Side(
        account,
        book.stress().scenarios().size(),
        book.atLiquidation().contains(account.account()));
  }

  private static Map<String, Double> equity(BookStress stress) {
    Map<String, Double> equity = new LinkedHashMap<>();
    stress.accounts().forEach(a -> equity.put(a.account(), a.equity()));
    return equity;
  }

  /** A scenario's set and name: what a scenario on the book after is matched by. */
  private static String key(Scenario scenario) {
    return scenario.set() + '\u0000' + scenario.name();
  }
}
