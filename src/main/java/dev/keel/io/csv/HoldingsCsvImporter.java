package dev.keel.io.csv;

import dev.keel.io.FileProblem;
import dev.keel.io.ReadResult;
import dev.keel.io.SizeLimit;
import dev.keel.io.TextFiles;
import dev.keel.model.AssetType;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a portfolio (without targets) from a holdings CSV: a header row, then one row per holding
 * with {@code symbol, quantity, price} and optionally {@code account, asset_class, currency, type}.
 * Comma, semicolon or tab separated (decimal commas are accepted in semicolon files), quoted
 * fields, UTF-8 with or without a byte-order mark. An instrument's lot step is taken from the most
 * decimals its quantities show; the user sets the venue's real lot step in the file afterwards.
 * Parsing is Jackson's; problems name the line and the column.
 */
public final class HoldingsCsvImporter {

  /**
   * What the CSV does not say.
   *
   * @param name name of the new portfolio
   * @param baseCurrency base currency, also the currency of rows without one
   * @param asOf as-of time of the book and its prices
   * @param defaultAccount account of rows without one
   * @param defaultAssetClass asset class of rows without one
   * @param type instrument type given to every imported instrument
   * @param fxRates value of one unit of each other currency in the base currency
   */
  public record Options(
      String name,
      String baseCurrency,
      Instant asOf,
      String defaultAccount,
      String defaultAssetClass,
      AssetType type,
      Map<String, BigDecimal> fxRates) {
    public Options {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(baseCurrency, "baseCurrency");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(defaultAccount, "defaultAccount");
      Objects.requireNonNull(defaultAssetClass, "defaultAssetClass");
      Objects.requireNonNull(type, "type");
      fxRates = Map.copyOf(fxRates);
    }
  }

  /** Imports the CSV file at {@code path}. */
  public ReadResult<Portfolio> importFile(Path path, Options options) {
    List<FileProblem> problems = new ArrayList<>();
    String text = TextFiles.read(path, path.toString(), SizeLimit.HOLDINGS_CSV, problems);
    if (text == null) {
      return ReadResult.failed(problems);
    }
    return importText(path.toString(), text, options);
  }

  /** Imports CSV text; {@code file} names it in problems. */
  public ReadResult<Portfolio> importText(String file, String text, Options options) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return run(file, withoutBom, options);
  }

  /** One import: the table, then the book built from its rows. */
  private static ReadResult<Portfolio> run(String file, String text, Options options) {
    List<FileProblem> problems = new ArrayList<>();
    CsvTable table = CsvTable.read(file, text, problems);
    if (table == null) {
      return ReadResult.failed(problems);
    }
    HoldingsBook book = new HoldingsBook(file, options, table, problems);
    table.body().forEach(book::add);
    if (table.body().isEmpty()) {
      table.problem(
          table.header().line(),
          1,
          "the file has a header but no holdings: add one row per holding");
    }
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    return book.build();
  }
}
