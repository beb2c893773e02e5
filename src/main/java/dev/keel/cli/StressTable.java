package dev.keel.cli;

import dev.keel.analytics.stress.AccountStress;
import dev.keel.analytics.stress.AccountWorst;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.ScenarioResult;
import dev.keel.io.text.PlainDecimals;
import dev.keel.model.stress.StressGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A book under stress as text tables for a terminal: its groups, each account today and at its
 * worst scenario, then every scenario, the book's worst first, with each account's P&amp;L and
 * margin ratio after it ({@code LIQ} where it is liquidated: a word, not a colour). Money in the
 * base currency at two places, ratios in percent.
 */
final class StressTable {
  private StressTable() {}

  static String render(String name, BookStress stress) {
    StringBuilder out = new StringBuilder();
    out.append(name)
        .append("  stress in ")
        .append(stress.baseCurrency())
        .append(", from the market of ")
        .append(stress.asOf())
        .append('\n');
    out.append("\nGroups (each moves as one):\n");
    for (StressGroup group : stress.groups()) {
      out.append("  ")
          .append(group.name())
          .append(" (")
          .append(group.kind().label())
          .append("): ")
          .append(String.join(", ", stress.members().getOrDefault(group.name(), List.of())))
          .append("; price scan range ")
          .append(percent(group.priceScanRange().doubleValue()))
          .append(", vol scan range ")
          .append(percent(group.volScanRange().doubleValue()))
          .append('\n');
    }
    out.append("\nAccounts today and at their worst scenario (largest weighted loss):\n");
    List<String[]> accounts = new ArrayList<>();
    accounts.add(
        new String[] {
          "Account", "Mode", "Equity", "Margin ratio", "Worst scenario", "P&L", "Liquidated in"
        });
    for (AccountWorst a : stress.accounts()) {
      accounts.add(
          new String[] {
            a.account(),
            a.mode().label(),
            money(a.equity()),
            percent(a.marginRatio()),
            a.worstScenario() == null ? "-" : a.worstScenario(),
            money(a.worstPnl()),
            a.liquidatedIn() + " of " + stress.scenarios().size()
          });
    }
    DriftTable.appendAligned(out, accounts, Set.of(0, 1, 4));
    out.append("\nScenarios, the book's worst first (P&L, then margin ratio after):\n");
    List<String[]> scenarios = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Scenario", "Weight", "Book P&L"));
    for (AccountWorst a : stress.accounts()) {
      header.add(a.account() + " P&L");
      header.add("ratio");
    }
    scenarios.add(header.toArray(String[]::new));
    List<ScenarioResult> sorted = new ArrayList<>(stress.scenarios());
    sorted.sort(Comparator.comparingDouble(r -> r.pnl() * r.scenario().weight()));
    for (ScenarioResult result : sorted) {
      List<String> line = new ArrayList<>();
      line.add(result.scenario().name());
      line.add(PlainDecimals.fixed(result.scenario().weight() * 100, 0) + "%");
      line.add(money(result.pnl()));
      for (AccountStress a : result.accounts()) {
        line.add(money(a.pnl()));
        line.add(a.liquidated() ? "LIQ" : percent(a.marginRatio()));
      }
      scenarios.add(line.toArray(String[]::new));
    }
    DriftTable.appendAligned(out, scenarios, Set.of(0));
    if (!stress.warnings().isEmpty()) {
      out.append('\n');
      stress.warnings().forEach(warning -> out.append("warning: ").append(warning).append('\n'));
    }
    return out.toString();
  }

  private static String money(double value) {
    return PlainDecimals.fixed(value, 2);
  }

  private static String percent(Double fraction) {
    return fraction == null ? "-" : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }
}
