package dev.keel.cli;

import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioParser;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.io.report.StressReportFormats;
import dev.keel.model.Portfolio;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keel stress FILE [--set span|crypto-pm|crash|tims]... [--scenario S]... [--format
 * table|json|csv]}.
 */
@Command(
    name = "stress",
    mixinStandardHelpOptions = true,
    description = {
      "Revalue the book in full under stress scenarios (prices, volatility, time; options"
          + " repriced, margin worked out again) and show each account's P&L, equity, margin ratio"
          + " and whether it is liquidated, with each account's worst scenario. Without --set or"
          + " --scenario, the span and crash sets are run. See docs/stress.md.",
      "Exit 0 on success, 1 when the file is invalid, 2 on a usage error."
    })
final class StressCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "portfolio file (JSON)")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description =
          "a built-in set: span (16 SPAN-like scenarios per group's scan ranges), crypto-pm"
              + " (+-16 %% in 9 steps x vol up, same, down), crash (-66 %% to +500 %%, vol up),"
              + " tims (10 points within each group's TIMS range); repeatable")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--scenario",
      paramLabel = "S",
      description =
          "a scenario of your own, such as \"BTC=-30%%,ETH=-40%%,vol=+20,days=1\": moves of"
              + " underlyings or groups (crypto, equity, index, all), vol in points (or +20%% for"
              + " a relative change), days that pass; repeatable")
  List<String> scenarios = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default), json, or csv (a line per scenario and account)")
  Format format;

  @Override
  public Integer call() {
    List<ScenarioSets> chosen = new ArrayList<>();
    for (String name : sets) {
      ScenarioSets set = ScenarioSets.fromLabel(name);
      if (set == null) {
        return usage(
            "--set " + name + ": not a set Keel knows; use span, crypto-pm, crash or tims");
      }
      chosen.add(set);
    }
    List<Scenario> own = new ArrayList<>();
    for (String text : scenarios) {
      try {
        own.add(ScenarioParser.parse(text));
      } catch (IllegalArgumentException e) {
        return usage("--scenario: " + e.getMessage());
      }
    }
    if (chosen.isEmpty() && own.isEmpty()) {
      chosen = List.of(ScenarioSets.SPAN, ScenarioSets.CRASH);
    }
    Portfolio portfolio = Problems.readValid(spec.commandLine().getErr(), file);
    if (portfolio == null) {
      return KeelCli.FAILED;
    }
    List<Scenario> all = new ArrayList<>(StressCalculator.DEFAULT.scenarios(portfolio, chosen));
    all.addAll(own);
    BookStress stress;
    try {
      stress = StressCalculator.DEFAULT.run(portfolio, all);
    } catch (IllegalArgumentException e) {
      return usage("--scenario: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case table -> StressTable.render(portfolio.name(), stress);
          case json -> StressReportFormats.toJson(stress);
          case csv -> StressReportFormats.toCsv(stress);
        });
    out.flush();
    return KeelCli.OK;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("keel stress: " + message);
    return KeelCli.USAGE;
  }
}
