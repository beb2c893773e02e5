package dev.keel.analytics.stress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book after one scenario.
 *
 * @param scenario the scenario
 * @param moves the move of each underlying the book holds, by symbol, in the order of its groups
 * @param accounts each account after it, in the book's order
 * @param pnl the book's change of equity: the accounts' summed
 */
public record ScenarioResult(
    Scenario scenario, Map<String, Double> moves, List<AccountStress> accounts, double pnl) {
  public ScenarioResult {
    moves = Collections.unmodifiableMap(new LinkedHashMap<>(moves));
    accounts = List.copyOf(accounts);
  }

  /** Whether any account is liquidated in it. */
  public boolean liquidatesAny() {
    return accounts.stream().anyMatch(AccountStress::liquidated);
  }
}
