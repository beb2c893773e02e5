package dev.keel.cli;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.io.report.DriftReportFormats;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Portfolio;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel drift FILE [--format table|json|csv] [--account ID]}. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Show the drift of every class, instrument and cash line, and which bands are breached.",
      "Weights are in %% of the whole portfolio (of the account with --account), drift in"
          + " percentage points (pp); a band is"
          + " breached when the drift exceeds its absolute or its relative limit.",
      "Exit 0 on success, 1 when the file is invalid, 2 on a usage error."
    })
final class DriftCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "portfolio file (JSON)")
  Path file;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  Format format;

  @Option(
      names = "--basis",
      converter = OptionConverters.BasisConverter.class,
      description =
          "value or delta: what a line's weight measures, its spot value or its exposure with the"
              + " derivatives on it (default: the file's exposureBasis)")
  ExposureBasis basis;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description =
          "the drift of one account on its own, as the account-scope rebalance sees it: weights"
              + " of the account's value, toward the targets it can buy")
  String account;

  @Override
  public Integer call() {
    Portfolio read = Problems.readValid(spec.commandLine().getErr(), file);
    if (read == null) {
      return KeelCli.FAILED;
    }
    Portfolio portfolio = PortfolioRebalance.withBasis(read, basis);
    if (account != null && !portfolio.accountsById().containsKey(account)) {
      throw new ParameterException(
          spec.commandLine(),
          "no account '"
              + account
              + "' in "
              + file
              + "; its accounts are "
              + String.join(", ", portfolio.accountsById().keySet()));
    }
    DriftReport report =
        account == null
            ? DriftAnalyzer.DEFAULT.analyze(portfolio)
            : DriftAnalyzer.DEFAULT.analyzeAccount(portfolio, portfolio.market(), account);
    String text =
        switch (format) {
          case table -> DriftTable.render(report);
          case json -> DriftReportFormats.toJson(report);
          case csv -> DriftReportFormats.toCsv(report);
        };
    spec.commandLine().getOut().print(text);
    return KeelCli.OK;
  }
}
