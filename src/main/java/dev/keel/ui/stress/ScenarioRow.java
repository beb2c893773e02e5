package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's line of the heat table: the book and each account under it before the proposal
 * and, when there is one, after it.
 *
 * @param before the scenario's result on the book as it is
 * @param after its result on the book after the approved trades; {@code null} when none is shown,
 *     or when the book after them no longer holds what the scenario names
 * @param book the whole book before
 * @param bookAfter the whole book after; {@code null} with {@code after}
 * @param accounts each account before, in the book's order
 * @param accountsAfter each account after, in the same order; empty with {@code after}
 */
public record ScenarioRow(
    ScenarioResult before,
    ScenarioResult after,
    BookFigure book,
    BookFigure bookAfter,
    List<StressCell> accounts,
    List<StressCell> accountsAfter) {
  public ScenarioRow {
    accounts = List.copyOf(accounts);
    accountsAfter = List.copyOf(accountsAfter);
  }

  /**
   * The line of a scenario whose result is {@code before} and, after the proposal, {@code after}
   * (or {@code null}), each account's loss measured against its equity today on the same side.
   */
  static ScenarioRow of(
      ScenarioResult before,
      ScenarioResult after,
      Map<String, Double> equityBefore,
      Map<String, Double> equityAfter) {
    List<StressCell> cells = cells(before, before, equityBefore);
    List<StressCell> cellsAfter = after == null ? List.of() : cells(before, after, equityAfter);
    return new ScenarioRow(
        before,
        after,
        BookFigure.of(before, sum(equityBefore)),
        after == null ? null : BookFigure.of(after, sum(equityAfter)),
        cells,
        cellsAfter);
  }

  /** The accounts of {@code result} in the order of {@code order}'s. */
  private static List<StressCell> cells(
      ScenarioResult order, ScenarioResult result, Map<String, Double> equity) {
    Map<String, AccountStress> byId = new HashMap<>();
    result.accounts().forEach(a -> byId.put(a.account(), a));
    List<StressCell> cells = new ArrayList<>();
    for (AccountStress account : order.accounts()) {
      AccountStress figures = byId.get(account.account());
      cells.add(new StressCell(figures, equity.getOrDefault(account.account(), 0.0)));
    }
    return cells;
  }

  private static double sum(Map<String, Double> equity) {
    return equity.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  public Scenario scenario() {
    return before.scenario();
  }

  public String name() {
    return before.scenario().name();
  }

  /** The scenario's weight in percent: "100%", "35%" for SPAN's extreme moves. */
  public String weight() {
    return StressTexts.weight(before.scenario().weight());
  }

  /** What the scenario does, for the tooltip of its name: each move, the vol, the days. */
  public String description() {
    List<String> moves = new ArrayList<>();
    before.moves().forEach((underlying, move) -> moves.add(underlying + " " + percent(move)));
    Scenario scenario = before.scenario();
    return scenario.name()
        + "\nset: "
        + scenario.set()
        + ", weight "
        + weight()
        + "\nprices: "
        + (moves.isEmpty() ? "none held" : String.join(", ", moves))
        + "\nvol: "
        + scenario.describeVol()
        + "\ndays that pass: "
        + StressTexts.days(scenario.days());
  }

  /** The book's P&amp;L weighted as scenarios are compared: the worst has the lowest. */
  public double weightedPnl() {
    return before.pnl() * before.scenario().weight();
  }

  /** The account at {@code index} of the book's, before; after the proposal when {@code after}. */
  public StressCell account(int index, boolean after) {
    List<StressCell> side = after ? accountsAfter : accounts;
    return index < side.size() ? side.get(index) : null;
  }

  /** The book before, or after the proposal when {@code after} ({@code null} when not shown). */
  public BookFigure book(boolean after) {
    return after ? bookAfter : book;
  }

  private static String percent(double move) {
    return (move > 0 ? "+" : "") + StressTexts.percent(move);
  }
}
