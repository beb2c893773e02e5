package dev.keel.cli;

import dev.keel.io.HoldingsCsvImporter;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.AssetType;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel import-holdings CSV --out FILE}. */
@Command(
    name = "import-holdings",
    mixinStandardHelpOptions = true,
    description = {
      "Build a portfolio file from a holdings CSV.",
      "The CSV has a header row naming symbol, quantity, price and optionally account,"
          + " asset_class, currency; other columns are ignored. Comma or semicolon separated"
          + " (decimal commas are fine with semicolons), quoted fields, UTF-8 with or without BOM.",
      "The new file has no targets yet: add them, then run keel drift."
    })
final class ImportHoldingsCommand implements Callable<Integer> {
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CSV", description = "holdings CSV file")
  Path csv;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "portfolio file to write")
  Path out;

  @Option(names = "--name", description = "portfolio name (default: the CSV file name)")
  String name;

  @Option(
      names = "--base-currency",
      defaultValue = "USD",
      description = "base currency (default USD)")
  String baseCurrency;

  @Option(
      names = "--account",
      defaultValue = "main",
      description = "account of rows without one (default main)")
  String account;

  @Option(
      names = "--asset-class",
      defaultValue = "unclassified",
      description = "asset class of rows without one (default unclassified)")
  String assetClass;

  @Option(
      names = "--type",
      defaultValue = "stock",
      description = "instrument type: stock, crypto-spot, stablecoin or cash (default stock)")
  String type;

  @Option(
      names = "--fx",
      paramLabel = "CCY=RATE",
      description = "value of one unit of another currency in the base currency, e.g. EUR=1.08")
  Map<String, String> fx = new LinkedHashMap<>();

  @Option(names = "--force", description = "replace FILE when it exists")
  boolean force;

  ImportHoldingsCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    HoldingsCsvImporter.Options options =
        new HoldingsCsvImporter.Options(
            name == null ? stem(csv) : name,
            baseCurrency,
            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
            account,
            assetClass,
            instrumentType(),
            rates());
    ReadResult<Portfolio> result = new HoldingsCsvImporter().importFile(csv, options);
    if (!result.isOk()) {
      Problems.print(spec.commandLine().getErr(), csv.toString(), result.problems());
      return KeelCli.FAILED;
    }
    try {
      PortfolioFiles.write(out, result.get(), force);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println(out + ": exists; pass --force to replace it");
      return KeelCli.FAILED;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(out + ": cannot write (" + e.getMessage() + "); nothing was written");
      return KeelCli.FAILED;
    }
    Portfolio portfolio = result.get();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %d positions, %d instruments, %d accounts; add targets, then run keel drift%n",
            out,
            portfolio.positions().size(),
            portfolio.instruments().size(),
            portfolio.accounts().size());
    return KeelCli.OK;
  }

  private AssetType instrumentType() {
    AssetType parsed = AssetType.fromLabel(type);
    if (parsed == null || parsed.isDerivative()) {
      throw new ParameterException(
          spec.commandLine(), "--type " + type + ": use stock, crypto-spot, stablecoin or cash");
    }
    return parsed;
  }

  private Map<String, BigDecimal> rates() {
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    fx.forEach(
        (currency, rate) -> {
          try {
            BigDecimal value = new BigDecimal(rate);
            if (value.signum() <= 0) {
              throw new NumberFormatException();
            }
            rates.put(currency, value);
          } catch (NumberFormatException e) {
            throw new ParameterException(
                spec.commandLine(),
                "--fx " + currency + "=" + rate + ": the rate must be a positive decimal");
          }
        });
    return rates;
  }

  private static String stem(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
