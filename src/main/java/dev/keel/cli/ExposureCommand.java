package dev.keel.cli;

import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.io.report.ExposureReportFormats;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel exposure FILE [--format table|json|csv]}. */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = {
      "Show the exposure the book really has: each position's Greeks (options by Black-Scholes-"
          + "Merton, Black-76 or Bjerksund-Stensland) and cash delta, the net delta, gamma, vega"
          + " and theta per underlying, and each account's equity and leverage.",
      "Delta per unit of the underlying, gamma per unit of its price, vega per volatility point,"
          + " theta per calendar day, rho per 1 %%; cash gamma per 1 %% move. See docs/exposure.md.",
      "Exit 0 on success, 1 when the file is invalid, 2 on a usage error."
    })
final class ExposureCommand implements Callable<Integer> {
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
      description = "table (default), json, or csv (one line per position)")
  Format format;

  @Override
  public Integer call() {
    Portfolio portfolio = Problems.readValid(spec.commandLine().getErr(), file);
    if (portfolio == null) {
      return KeelCli.FAILED;
    }
    BookExposure exposure = ExposureCalculator.DEFAULT.compute(portfolio);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case table -> out.print(ExposureTable.render(portfolio.name(), exposure));
      case csv -> out.print(ExposureReportFormats.toCsv(exposure));
      case json -> writeJson(exposure, out);
    }
    out.flush();
    return KeelCli.OK;
  }

  /**
   * The JSON written as it is made: a book of ten thousand positions gives ten megabytes, which a
   * text held whole would copy twice more.
   */
  private static void writeJson(BookExposure exposure, PrintWriter out) {
    try {
      ExposureReportFormats.writeJson(exposure, out);
    } catch (IOException e) {
      // a PrintWriter keeps its own errors; this is a bug, not a full disk
      throw new UncheckedIOException(e);
    }
  }
}
