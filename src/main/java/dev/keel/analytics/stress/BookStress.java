package dev.keel.analytics.stress;

import dev.keel.model.stress.StressGroup;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A book under a list of scenarios.
 *
 * @param baseCurrency the currency money is in
 * @param asOf the time of the market the scenarios start from
 * @param groups the groups of the book's underlyings, with their scan ranges
 * @param members each group's underlyings, by group name
 * @param scenarios each scenario's result, in the order run
 * @param accounts each account today and at its worst, in the book's order
 * @param worstScenario the scenario with the book's largest weighted loss, {@code null} for none
 * @param warnings options kept at their marks, figures worked out with assumptions
 */
public record BookStress(
    String baseCurrency,
    Instant asOf,
    List<StressGroup> groups,
    Map<String, List<String>> members,
    List<ScenarioResult> scenarios,
    List<AccountWorst> accounts,
    String worstScenario,
    List<String> warnings) {
  public BookStress {
    groups = List.copyOf(groups);
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    scenarios = List.copyOf(scenarios);
    accounts = List.copyOf(accounts);
    warnings = List.copyOf(warnings);
  }
}
