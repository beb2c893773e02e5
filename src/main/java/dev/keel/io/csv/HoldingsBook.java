package dev.keel.io.csv;

import dev.keel.io.FileProblem;
import dev.keel.io.PortfolioJson;
import dev.keel.io.ReadResult;
import dev.keel.io.csv.CsvTable.Row;
import dev.keel.io.text.InputLimits;
import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.Position;
import dev.keel.model.ValidationProblem;
import dev.keel.model.Venue;
import dev.keel.model.check.UnsafeCharacters;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The book a holdings CSV describes, built row by row: each row's values checked on their own, then
 * against the rows before it (one price, class, currency and type per symbol; one row per account
 * and symbol), and finally the whole portfolio against the model's rules. An instrument's lot step
 * is the finest its quantities show.
 */
final class HoldingsBook {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

  private final String file;
  private final HoldingsCsvImporter.Options options;
  private final CsvTable table;
  private final List<FileProblem> problems;

  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, AssetClass> classes = new LinkedHashMap<>();
  private final Map<String, Instrument> instruments = new LinkedHashMap<>();
  private final Map<String, Integer> firstLine = new HashMap<>();
  private final Map<String, Integer> quantityScale = new HashMap<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final Map<String, Price> prices = new LinkedHashMap<>();

  HoldingsBook(
      String file,
      HoldingsCsvImporter.Options options,
      CsvTable table,
      List<FileProblem> problems) {
    this.file = file;
    this.options = options;
    this.table = table;
    this.problems = problems;
  }

  /** Reads one holding row; what is wrong with it is recorded and the row skipped. */
  void add(Row row) {
    if (!table.plainCells(row)) {
      return;
    }
    String symbol = table.cell(row, "symbol", null);
    BigDecimal quantity = table.decimal(row, "quantity");
    BigDecimal price = table.decimal(row, "price");
    String account = table.cell(row, "account", options.defaultAccount());
    String assetClass = table.cell(row, "asset_class", options.defaultAssetClass());
    String currency = table.cell(row, "currency", options.baseCurrency());
    AssetType type = type(row);
    if (symbol == null) {
      table.problem(
          row.line(), table.column("symbol"), "the symbol is empty: give each row a symbol");
      return;
    }
    boolean tooLong = false;
    for (String column : List.of("symbol", "account", "asset_class")) {
      tooLong |= tooLong(row, column);
    }
    if (tooLong || pastCount(row, account, assetClass)) {
      return;
    }
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      table.problem(
          row.line(),
          table.column("currency"),
          "currency \"" + currency + "\" is not a code: use capital letters, such as USD");
      currency = null;
    } else if (currency != null
        && !currency.equals(options.baseCurrency())
        && !options.fxRates().containsKey(currency)) {
      table.problem(
          row.line(),
          table.column("currency"),
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
      table.problem(
          row.line(),
          table.column("price"),
          "price " + price.toPlainString() + " must be greater than 0");
      price = null;
    }
    if (quantity != null && quantity.signum() < 0) {
      table.problem(
          row.line(),
          table.column("quantity"),
          "quantity " + quantity.toPlainString() + " is negative: import long holdings only");
      quantity = null;
    }
    if (quantity == null || price == null || currency == null || type == null) {
      return;
    }
    addHolding(row.line(), symbol, quantity, price, account, assetClass, currency, type);
  }

  /** Whether the row's cell of a column is longer than an id may be (recorded as a problem). */
  private boolean tooLong(Row row, String column) {
    String text = table.cell(row, column, "");
    if (text.length() <= InputLimits.MAX_ID_LENGTH) {
      return false;
    }
    table.problem(
        row.line(),
        table.column(column),
        "the "
            + column.replace('_', ' ')
            + " "
            + InputLimits.tooLong(text.length(), InputLimits.MAX_ID_LENGTH));
    return true;
  }

  /**
   * Whether the row would add an account or asset class past the most a portfolio file holds
   * (recorded as a problem).
   */
  private boolean pastCount(Row row, String account, String assetClass) {
    if (!accounts.containsKey(account) && accounts.size() >= InputLimits.MAX_ACCOUNTS) {
      table.problem(
          row.line(), table.column("account"), tooMany("accounts", InputLimits.MAX_ACCOUNTS));
      return true;
    }
    if (!classes.containsKey(assetClass) && classes.size() >= InputLimits.MAX_ASSET_CLASSES) {
      table.problem(
          row.line(),
          table.column("asset_class"),
          tooMany("asset classes", InputLimits.MAX_ASSET_CLASSES));
      return true;
    }
    return false;
  }

  private static String tooMany(String what, int most) {
    String limit = InputLimits.count(most);
    return "more than "
        + limit
        + " "
        + what
        + ": a portfolio file holds at most "
        + limit
        + "; split the CSV into several files";
  }

  /** The row's instrument type, the import's default when the row has none. */
  private AssetType type(Row row) {
    String text = table.cell(row, "type", null);
    if (text == null) {
      return options.type();
    }
    AssetType type = AssetType.fromLabel(text.toLowerCase(Locale.ROOT));
    if (type == null || type.isDerivative()) {
      table.problem(
          row.line(),
          table.column("type"),
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
        table.problem(line, table.column("price"), symbol + " has another price" + first);
      }
      if (!known.assetClass().equals(assetClass)) {
        table.problem(
            line, table.column("asset_class"), symbol + " has another asset class" + first);
      }
      if (!known.quoteCurrency().equals(currency)) {
        table.problem(line, table.column("currency"), symbol + " has another currency" + first);
      }
      if (known.type() != type) {
        table.problem(line, table.column("type"), symbol + " has another type" + first);
      }
    }
    quantityScale.merge(symbol, Math.max(0, quantity.stripTrailingZeros().scale()), Math::max);
    Position previous =
        positions.putIfAbsent(account + '\u0000' + symbol, new Position(account, symbol, quantity));
    if (previous != null) {
      table.problem(
          line,
          table.column("symbol"),
          symbol + " appears twice for account " + account + ": merge the rows into one quantity");
    }
  }

  /** The portfolio, or every problem the model's rules find in it. */
  ReadResult<Portfolio> build() {
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
            .description("Imported from " + UnsafeCharacters.shown(file))
            .baseCurrency(options.baseCurrency())
            .accounts(List.copyOf(accounts.values()))
            .assetClasses(List.copyOf(classes.values()))
            .instruments(withLots)
            .positions(List.copyOf(positions.values()))
            .market(new MarketSnapshot(options.asOf(), prices, fx))
            .build();
    for (ValidationProblem problem : PortfolioValidator.DEFAULT.validate(portfolio)) {
      table.problem(0, 0, problem.toString());
    }
    return problems.isEmpty() ? ReadResult.ok(portfolio) : ReadResult.failed(problems);
  }
}
