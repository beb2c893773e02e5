package dev.keel.cli;

import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.io.report.MarginReportFormats;
import dev.keel.model.Portfolio;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel margin FILE [--format table|json|csv]}. */
@Command(
    name = "margin",
    mixinStandardHelpOptions = true,
    description = {
      "Show each account's margin: wallet and margin balance, initial and maintenance margin,"
          + " margin ratio (liquidation at 100 %%), leverage, free collateral, a lending account's"
          + " health factor, a borrowing account's margin level and the common move of the market"
          + " that would liquidate it; and each margined position's notional, margins and"
          + " liquidation price. See docs/margin.md.",
      "Exit 0 on success, 1 when the file is invalid, 2 on a usage error."
    })
final class MarginCommand implements Callable<Integer> {
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
      names = "--format",
      defaultValue = "table",
      description = "table (default), json, or csv (a line per account, then per position)")
  Format format;

  @Override
  public Integer call() {
    Portfolio portfolio = Problems.readValid(spec.commandLine().getErr(), file);
    if (portfolio == null) {
      return KeelCli.FAILED;
    }
    BookMargin margin = MarginCalculator.DEFAULT.compute(portfolio);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case table -> MarginTable.render(portfolio.name(), margin);
          case json -> MarginReportFormats.toJson(margin);
          case csv -> MarginReportFormats.toCsv(margin);
        });
    out.flush();
    return KeelCli.OK;
  }
}
