package dev.keel.ui.stress;

import dev.keel.analytics.stress.Scenario;
import java.util.List;

/**
 * What the stress view shows, worked out together off the JavaFX thread.
 *
 * @param request what it was asked for
 * @param scenarios the scenarios run on the book as it is, in the order run
 * @param before the book as it is under them
 * @param after the book after the approved trades under the same scenarios, {@code null} for none
 * @param ownError why the scenario of one's own was not run (it names what the book does not hold),
 *     {@code null} when it was or there is none
 * @param rows the heat table's lines, the book's worst scenario first
 * @param accounts each account's summary, in the book's order
 * @param warnings what the calculator assumed or could not work out, on either side, each once
 */
record StressFigures(
    StressRequest request,
    List<Scenario> scenarios,
    StressedBook before,
    StressedBook after,
    String ownError,
    List<ScenarioRow> rows,
    List<AccountSummaryRow> accounts,
    List<String> warnings) {
  StressFigures {
    scenarios = List.copyOf(scenarios);
    rows = List.copyOf(rows);
    accounts = List.copyOf(accounts);
    warnings = List.copyOf(warnings);
  }

  /** The accounts of the heat table's columns, in the book's order. */
  List<String> accountIds() {
    return accounts.stream().map(AccountSummaryRow::account).toList();
  }

  /**
   * The book as it is under {@code wanted}, if these figures have it for the same book: a change of
   * the review alone then revalues only the book after it.
   */
  StressedBook beforeFor(StressRequest asked, List<Scenario> wanted) {
    return request.portfolio() == asked.portfolio() && scenarios.equals(wanted) ? before : null;
  }
}
