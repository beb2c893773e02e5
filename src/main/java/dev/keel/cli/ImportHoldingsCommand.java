package dev.keel.cli;

import dev.keel.io.AtomicFiles;
import dev.keel.io.InputFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.io.csv.HoldingsCsvImporter;
import dev.keel.io.text.InputLimits;
import dev.keel.model.AssetType;
import dev.keel.model.Portfolio;
import dev.keel.model.check.UnsafeCharacters;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
          + " asset_class, currency, type; other columns are ignored. Comma, semicolon or tab separated"
          + " (decimal commas are fine with semicolons), quoted fields, UTF-8 with or without BOM.",
      "The new file has no targets yet: add them, then run keel drift."
    })
final class ImportHoldingsCommand implements Callable<Integer> {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

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
      description =
          "type of rows without a type column: stock, crypto-spot, stablecoin or cash"
              + " (default stock)")
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
    String portfolioName = name == null ? stem(csv) : name;
    requireText(
        name == null ? "the CSV's file name (pass --name)" : "--name",
        portfolioName,
        InputLimits.MAX_NAME_LENGTH);
    requireText("--account", account, InputLimits.MAX_ID_LENGTH);
    requireText("--asset-class", assetClass, InputLimits.MAX_ID_LENGTH);
    requireCurrency("--base-currency", baseCurrency);
    HoldingsCsvImporter.Options options =
        new HoldingsCsvImporter.Options(
            portfolioName,
            baseCurrency,
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
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
      PortfolioFiles.write(out, result.get(), force, InputFiles.of(List.of(csv)));
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println(out + ": exists; pass --force to replace it");
      return KeelCli.FAILED;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(out + ": cannot write: " + AtomicFiles.describe(e) + "; nothing was written");
      return KeelCli.FAILED;
    }
    Portfolio portfolio = result.get();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %s, %s, %s; add targets, then run keel drift%n",
            out,
            ValidateCommand.count(portfolio.positions().size(), "position"),
            ValidateCommand.count(portfolio.instruments().size(), "instrument"),
            ValidateCommand.count(portfolio.accounts().size(), "account"));
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
    fx.keySet()
        .forEach(currency -> requireCurrency("--fx " + currency + ": the currency", currency));
    Map<String, BigDecimal> rates = OptionNumbers.decimals(spec.commandLine(), "--fx", fx);
    rates.forEach(
        (currency, rate) -> {
          if (rate.signum() <= 0) {
            throw new ParameterException(
                spec.commandLine(),
                "--fx "
                    + currency
                    + ": the rate must be a positive decimal such as 1.0842, not "
                    + rate.toPlainString());
          }
        });
    return rates;
  }

  private void requireText(String option, String value, int most) {
    if (value.isBlank()) {
      throw new ParameterException(spec.commandLine(), option + " must not be empty");
    }
    if (value.length() > most) {
      throw new ParameterException(
          spec.commandLine(), option + " " + InputLimits.tooLong(value.length(), most));
    }
    String refusal = UnsafeCharacters.refusal(value);
    if (refusal != null) {
      throw new ParameterException(
          spec.commandLine(), option + " \"" + UnsafeCharacters.shown(value) + "\" " + refusal);
    }
  }

  private void requireCurrency(String option, String code) {
    if (!CURRENCY.matcher(code).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          option + " \"" + code + "\" is not a currency code: use capital letters, such as USD");
    }
  }

  private static String stem(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
