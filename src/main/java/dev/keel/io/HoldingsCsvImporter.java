package dev.keel.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.Position;
import dev.keel.model.ValidationProblem;
import dev.keel.model.Venue;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final String EMPTY_FILE =
      "the file is empty: the first row must be a header such as symbol,quantity,price";
  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final List<String> REQUIRED = List.of("symbol", "quantity", "price");
  private static final Map<String, String> COLUMN_NAMES =
      Map.of(
          "symbol", "symbol",
          "quantity", "quantity",
          "price", "price",
          "account", "account",
          "assetclass", "asset_class",
          "class", "asset_class",
          "currency", "currency",
          "type", "type");

  /** Imports the CSV file at {@code path}. */
  public ReadResult<Portfolio> importFile(Path path, Options options) {
    List<FileProblem> problems = new ArrayList<>();
    String text = TextFiles.read(path, path.toString(), problems);
    if (text == null) {
      return ReadResult.failed(problems);
    }
    return importText(path.toString(), text, options);
  }

  /** Imports CSV text; {@code file} names it in problems. */
  public ReadResult<Portfolio> importText(String file, String text, Options options) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new Import(file, options).run(withoutBom);
  }

  /** One row as read, with where it came from. */
  private record Row(int line, String[] cells) {}

  private static final class Import {
    private final String file;
    private final Options options;
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private char separator;

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, AssetClass> classes = new LinkedHashMap<>();
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Map<String, Integer> quantityScale = new HashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final Map<String, Price> prices = new LinkedHashMap<>();

    Import(String file, Options options) {
      this.file = file;
      this.options = options;
    }

    ReadResult<Portfolio> run(String text) {
      if (text.isBlank()) {
        problem(1, 1, EMPTY_FILE);
        return ReadResult.failed(problems);
      }
      separator = guessSeparator(text);
      List<Row> rows = parse(text);
      if (rows == null || !readHeader(rows.get(0))) {
        return ReadResult.failed(problems);
      }
      for (Row row : rows.subList(1, rows.size())) {
        readRow(row);
      }
      if (rows.size() == 1) {
        problem(
            rows.get(0).line(),
            1,
            "the file has a header but no holdings: add one row per holding");
      }
      if (!problems.isEmpty()) {
        return ReadResult.failed(problems);
      }
      return build();
    }

    /** The separator the header uses most: comma, semicolon or tab. */
    private static char guessSeparator(String text) {
      String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
      char best = ',';
      long bestCount = header.chars().filter(c -> c == ',').count();
      for (char candidate : new char[] {';', '\t'}) {
        long count = header.chars().filter(c -> c == candidate).count();
        if (count > bestCount) {
          best = candidate;
          bestCount = count;
        }
      }
      return best;
    }

    private List<Row> parse(String text) {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
      List<Row> rows = new ArrayList<>();
      try (MappingIterator<String[]> iterator =
          mapper.readerFor(String[].class).with(schema).readValues(text)) {
        while (iterator.hasNextValue()) {
          // after hasNextValue() the parser stands at the start of the next row (empty lines
          // skipped)
          int line = iterator.getParser().currentLocation().getLineNr();
          rows.add(new Row(line, iterator.nextValue()));
        }
      } catch (IOException | RuntimeException e) {
        JsonLocation at = locationOf(e);
        problem(
            at == null ? 0 : at.getLineNr(),
            at == null ? 0 : at.getColumnNr(),
            "not valid CSV ("
                + firstLine(e.getMessage())
                + "): check the quotes; a field with the separator inside must be in double quotes");
        return null;
      }
      if (rows.isEmpty()) {
        problem(1, 1, EMPTY_FILE);
        return null;
      }
      return rows;
    }

    private static JsonLocation locationOf(Exception e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException processing) {
          return processing.getLocation();
        }
        cause = cause.getCause();
      }
      return null;
    }

    private static String firstLine(String message) {
      return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private boolean readHeader(Row header) {
      String[] cells = header.cells();
      for (int i = 0; i < cells.length; i++) {
        String key = cells[i].trim().toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
        String column = COLUMN_NAMES.get(key);
        if (column == null) {
          continue; // other columns of a broker export are ignored
        }
        if (columns.containsKey(column)) {
          problem(header.line(), i + 1, "column \"" + column + "\" appears twice: keep one");
        } else {
          columns.put(column, i);
        }
      }
      List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        problem(
            header.line(),
            1,
            "the header has no "
                + String.join(", ", missing)
                + (missing.size() == 1 ? " column" : " columns")
                + ": the first row must name the columns symbol, quantity, price (and optionally"
                + " account, asset_class, currency), separated by commas, semicolons or tabs");
      }
      return problems.isEmpty();
    }

    private void readRow(Row row) {
      String symbol = cell(row, "symbol", null);
      BigDecimal quantity = decimal(row, "quantity");
      BigDecimal price = decimal(row, "price");
      String account = cell(row, "account", options.defaultAccount());
      String assetClass = cell(row, "asset_class", options.defaultAssetClass());
      String currency = cell(row, "currency", options.baseCurrency());
      AssetType type = type(row);
      if (symbol == null) {
        problem(row.line(), column("symbol"), "the symbol is empty: give each row a symbol");
        return;
      }
      if (currency != null && !CURRENCY.matcher(currency).matches()) {
        problem(
            row.line(),
            column("currency"),
            "currency \"" + currency + "\" is not a code: use capital letters, such as USD");
        currency = null;
      } else if (currency != null
          && !currency.equals(options.baseCurrency())
          && !options.fxRates().containsKey(currency)) {
        problem(
            row.line(),
            column("currency"),
            "no FX rate for "
                + currency
                + ": pass --fx "
                + currency
                + "=<value of one "
                + currency
                + " in "
                + options.baseCurrency()
                + ">");
      }
      if (price != null && price.signum() <= 0) {
        problem(
            row.line(),
            column("price"),
            "price " + price.toPlainString() + " must be greater than 0");
        price = null;
      }
      if (quantity != null && quantity.signum() < 0) {
        problem(
            row.line(),
            column("quantity"),
            "quantity " + quantity.toPlainString() + " is negative: import long holdings only");
        quantity = null;
      }
      if (quantity == null || price == null || currency == null || type == null) {
        return;
      }
      addHolding(row.line(), symbol, quantity, price, account, assetClass, currency, type);
    }

    /** The row's instrument type, the import's default when the row has none. */
    private AssetType type(Row row) {
      String text = cell(row, "type", null);
      if (text == null) {
        return options.type();
      }
      AssetType type = AssetType.fromLabel(text.toLowerCase(Locale.ROOT));
      if (type == null || type.isDerivative()) {
        problem(
            row.line(),
            column("type"),
            "type \""
                + text
                + "\" cannot be imported: use stock, crypto-spot, stablecoin or cash"
                + " (derivatives need contract terms: add them to the portfolio file)");
        return null;
      }
      return type;
    }

    private void addHolding(
        int line,
        String symbol,
        BigDecimal quantity,
        BigDecimal price,
        String account,
        String assetClass,
        String currency,
        AssetType type) {
      accounts.computeIfAbsent(account, id -> new Account(id, id, Venue.OTHER));
      classes.computeIfAbsent(assetClass, id -> new AssetClass(id, id, null));
      Instrument known = instruments.get(symbol);
      if (known == null) {
        instruments.put(
            symbol,
            Instrument.spot(
                symbol,
                symbol,
                assetClass,
                type,
                currency,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                PortfolioJson.DEFAULT_PRICE_TICK));
        prices.put(symbol, new Price(symbol, price, options.asOf()));
        firstLine.put(symbol, line);
      } else {
        String first = " than on line " + firstLine.get(symbol) + ": make them agree";
        if (prices.get(symbol).value().compareTo(price) != 0) {
          problem(line, column("price"), symbol + " has another price" + first);
        }
        if (!known.assetClass().equals(assetClass)) {
          problem(line, column("asset_class"), symbol + " has another asset class" + first);
        }
        if (!known.quoteCurrency().equals(currency)) {
          problem(line, column("currency"), symbol + " has another currency" + first);
        }
        if (known.type() != type) {
          problem(line, column("type"), symbol + " has another type" + first);
        }
      }
      quantityScale.merge(symbol, Math.max(0, quantity.stripTrailingZeros().scale()), Math::max);
      Position previous =
          positions.putIfAbsent(
              account + '\u0000' + symbol, new Position(account, symbol, quantity));
      if (previous != null) {
        problem(
            line,
            column("symbol"),
            symbol
                + " appears twice for account "
                + account
                + ": merge the rows into one quantity");
      }
    }

    private String cell(Row row, String column, String fallback) {
      Integer index = columns.get(column);
      if (index == null || index >= row.cells().length || row.cells()[index].isBlank()) {
        return fallback;
      }
      return row.cells()[index].trim();
    }

    private int column(String name) {
      return columns.getOrDefault(name, 0) + 1;
    }

    private BigDecimal decimal(Row row, String column) {
      String text = cell(row, column, null);
      if (text == null) {
        problem(
            row.line(), column(column), "the " + column + " is empty: give every row a " + column);
        return null;
      }
      String normalised =
          separator == ';' && DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text;
      DecimalText.Parsed parsed = DecimalText.parse(normalised);
      if (!parsed.isOk()) {
        problem(
            row.line(),
            column(column),
            "the " + column + " \"" + text + "\" " + DecimalText.explain(parsed.refusal()));
        return null;
      }
      return parsed.value();
    }

    private ReadResult<Portfolio> build() {
      List<Instrument> withLots = new ArrayList<>();
      for (Instrument instrument : instruments.values()) {
        BigDecimal lotStep = BigDecimal.ONE.movePointLeft(quantityScale.get(instrument.symbol()));
        withLots.add(
            Instrument.spot(
                instrument.symbol(),
                instrument.name(),
                instrument.assetClass(),
                instrument.type(),
                instrument.quoteCurrency(),
                lotStep,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                instrument.priceTick()));
      }
      Map<String, FxRate> fx = new LinkedHashMap<>();
      for (Instrument instrument : withLots) {
        String currency = instrument.quoteCurrency();
        if (!currency.equals(options.baseCurrency())) {
          fx.put(currency, new FxRate(currency, options.fxRates().get(currency), options.asOf()));
        }
      }
      Portfolio portfolio =
          Portfolio.builder()
              .name(options.name())
              .description("Imported from " + file)
              .baseCurrency(options.baseCurrency())
              .accounts(List.copyOf(accounts.values()))
              .assetClasses(List.copyOf(classes.values()))
              .instruments(withLots)
              .positions(List.copyOf(positions.values()))
              .market(new MarketSnapshot(options.asOf(), prices, fx))
              .build();
      for (ValidationProblem problem : PortfolioValidator.DEFAULT.validate(portfolio)) {
        problem(0, 0, problem.toString());
      }
      return problems.isEmpty() ? ReadResult.ok(portfolio) : ReadResult.failed(problems);
    }

    private void problem(int line, int column, String message) {
      problems.add(new FileProblem(file, line, column, message));
    }
  }
}
