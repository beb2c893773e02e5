package dev.keel.ui.stress;

import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.ScenarioResult;
import dev.keel.analytics.stress.ScenarioSets;
import java.util.ArrayList;
import java.util.List;

/** The stress view's line above its tables: what was run, and how the book fares. */
final class StressSummary {
  private StressSummary() {}

  /**
   * {@code Stress in USDT, market of 2026-11-20T16:00:00Z · 24 scenarios (span, crash) · the book's
   * worst: crash -66 %, vol up, -261682.54 · an account liquidated in 22 of 24}.
   */
  static String of(StressFigures figures) {
    BookStress before = figures.before().stress();
    return String.join(
        " · ",
        "Stress in " + before.baseCurrency() + ", market of " + before.asOf(),
        scenarios(figures),
        "the book's worst: " + worst(before),
        liquidations(before));
  }

  /**
   * The line about the book after the proposal: {@code note}, and when it is shown the same of it,
   * {@code ...: the book's worst: crash -66 %, vol up, -261235.96 · an account liquidated in 23 of
   * 25}.
   */
  static String after(StressFigures figures, String note) {
    if (figures.after() == null) {
      return note;
    }
    BookStress after = figures.after().stress();
    return note + ": the book's worst: " + worst(after) + " · " + liquidations(after);
  }

  private static String scenarios(StressFigures figures) {
    List<String> from =
        new ArrayList<>(figures.request().sets().stream().map(ScenarioSets::label).toList());
    if (figures.request().own() != null && figures.ownError() == null) {
      from.add("your own");
    }
    int count = figures.before().stress().scenarios().size();
    return count + (count == 1 ? " scenario" : " scenarios") + " (" + String.join(", ", from) + ")";
  }

  private static String worst(BookStress stress) {
    return stress.scenarios().stream()
        .filter(r -> r.scenario().name().equals(stress.worstScenario()))
        .findFirst()
        .map(r -> r.scenario().name() + ", " + StressTexts.money(r.pnl()))
        .orElse(StressTexts.NOT_APPLICABLE);
  }

  private static String liquidations(BookStress stress) {
    long liquidating = stress.scenarios().stream().filter(ScenarioResult::liquidatesAny).count();
    return liquidating == 0
        ? "no account liquidated"
        : "an account liquidated in " + liquidating + " of " + stress.scenarios().size();
  }
}
