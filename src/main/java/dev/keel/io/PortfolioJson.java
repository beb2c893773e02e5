package dev.keel.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.JsonFields.Range;
import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.BandPolicy;
import dev.keel.model.Book;
import dev.keel.model.CashBalance;
import dev.keel.model.CashPolicy;
import dev.keel.model.CostModel;
import dev.keel.model.CostSchedule;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import dev.keel.model.Mandate;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.Position;
import dev.keel.model.Restriction;
import dev.keel.model.TargetAllocation;
import dev.keel.model.ValidationProblem;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.ValidationProblem.Reference;
import dev.keel.model.Venue;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The portfolio file format (see {@code docs/portfolio-format.md}): strict reading with every
 * problem located, and deterministic, lossless writing. Decimals are written as strings in plain
 * notation so that any JSON reader keeps them exact.
 */
public final class PortfolioJson {
  /** Value of the {@code format} field. */
  public static final String FORMAT = "keel-portfolio";

  /** The version of the format this code reads and writes. */
  public static final int VERSION = 1;

  /** The shared instance; it holds no state. */
  public static final PortfolioJson DEFAULT = new PortfolioJson();

  static final BigDecimal DEFAULT_LOT_STEP = BigDecimal.ONE;
  static final BigDecimal DEFAULT_PRICE_TICK = new BigDecimal("0.01");

  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

  private static final Set<String> ROOT =
      fields(
          "format",
          "version",
          "name",
          "description",
          "baseCurrency",
          "asOf",
          "accounts",
          "assetClasses",
          "instruments",
          "positions",
          "cash",
          "prices",
          "fx",
          "targets",
          "bands",
          "costs",
          "restrictions",
          "cashPolicy");
  private static final Set<String> ACCOUNT = fields("id", "name", "venue");
  private static final Set<String> ASSET_CLASS = fields("id", "name", "parent");
  private static final Set<String> INSTRUMENT =
      fields(
          "symbol",
          "name",
          "assetClass",
          "type",
          "quoteCurrency",
          "lotStep",
          "minQuantity",
          "minNotional",
          "priceTick",
          "multiplier",
          "underlying",
          "expiry",
          "strike",
          "right");
  private static final Set<String> POSITION = fields("account", "symbol", "quantity");
  private static final Set<String> CASH = fields("account", "currency", "amount");
  private static final Set<String> PRICE = fields("value", "asOf");
  private static final Set<String> FX = fields("rate", "asOf");
  private static final Set<String> TARGETS = fields("cash", "classes", "instruments");
  private static final Set<String> BANDS = fields("default", "cash", "classes", "instruments");
  private static final Set<String> BAND = fields("absolute", "relative");
  private static final Set<String> COSTS = fields("default", "accounts", "instruments");
  private static final Set<String> COST = fields("feeBps", "slippageBps", "fixedFee", "minimumFee");
  private static final Set<String> CASH_POLICY = fields("minimum");

  private static final List<String> TYPE_LABELS =
      Arrays.stream(AssetType.values()).map(AssetType::label).toList();
  private static final List<String> RIGHT_LABELS =
      Arrays.stream(OptionRight.values()).map(OptionRight::label).toList();
  private static final List<String> RESTRICTION_LABELS =
      Arrays.stream(Restriction.values()).map(Restriction::label).toList();

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private static Set<String> fields(String... names) {
    return new LinkedHashSet<>(Arrays.asList(names));
  }

  /**
   * Reads a portfolio from JSON text. {@code file} names the source in problems.
   *
   * @return the portfolio, or every problem found (syntax, structure and cross-references)
   */
  public ReadResult<Portfolio> read(String file, String text) {
    List<FileProblem> problems = new ArrayList<>();
    LocatedJson json = LocatedJson.parse(file, text, problems);
    if (json == null) {
      return ReadResult.failed(problems);
    }
    JsonFields.Context context = new JsonFields.Context(file, json, problems);
    JsonFields root = JsonFields.of(context, json.root(), "", "a portfolio file", ROOT);
    if (root == null) {
      return ReadResult.failed(problems);
    }
    Reader reader = new Reader(root);
    Portfolio portfolio = reader.portfolio();
    if (portfolio != null) {
      for (ValidationProblem problem : PortfolioValidator.DEFAULT.validate(portfolio)) {
        if (!reader.alreadyReported(problem)) {
          context.problem(problem.path(), problem.message());
        }
      }
    }
    if (problems.isEmpty()) {
      return ReadResult.ok(portfolio, context.warnings);
    }
    problems.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return ReadResult.failed(problems);
  }

  /** Writes a portfolio as JSON text: the same portfolio always gives the same text. */
  public String write(Portfolio portfolio) {
    try {
      return WRITER.writeValueAsString(new Writer(portfolio).root()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** One pass over a parsed document, building the model and recording problems. */
  private static final class Reader {
    private final JsonFields root;
    private final JsonFields.Context context;
    private String base = "USD";
    private Instant asOf = Instant.EPOCH;

    /** Declarations dropped for their problems: references to them are not reported again. */
    private final Set<Reference> broken = new HashSet<>();

    /** Sections that were not of the right shape, so any reference into them may be an echo. */
    private final Set<Kind> brokenKinds = EnumSet.noneOf(Kind.class);

    Reader(JsonFields root) {
      this.root = root;
      this.context = root.context();
    }

    Portfolio portfolio() {
      checkFormat();
      String name = root.requiredText("name");
      String description = root.textOrEmpty("description", "");
      String baseCurrency = currency(root, "baseCurrency", null);
      Instant time = root.instant("asOf", null);
      base = baseCurrency == null ? base : baseCurrency;
      asOf = time == null ? asOf : time;
      List<Account> accounts =
          list("accounts", "an account", ACCOUNT, this::account, Kind.ACCOUNT, "id");
      List<AssetClass> classes =
          list(
              "assetClasses",
              "an asset class",
              ASSET_CLASS,
              this::assetClass,
              Kind.ASSET_CLASS,
              "id");
      List<Instrument> instruments =
          list(
              "instruments",
              "an instrument",
              INSTRUMENT,
              this::instrument,
              Kind.INSTRUMENT,
              "symbol");
      List<Position> positions =
          list("positions", "a position", POSITION, this::position, null, null);
      List<CashBalance> cash = list("cash", "a cash balance", CASH, this::cash, null, null);
      Map<String, Price> prices = prices();
      Map<String, FxRate> fx = fxRates();
      TargetAllocation targets = targets();
      BandPolicy bands = bands();
      CostModel costs = costs();
      Map<String, Restriction> restrictions = restrictions();
      CashPolicy cashPolicy = cashPolicy();
      root.rejectUnknownFields();
      if (baseCurrency == null) {
        return null; // every value depends on it: cross-checks would only echo this problem
      }
      return new Portfolio(
          name == null ? "?" : name,
          description == null ? "" : description,
          baseCurrency,
          new Book(accounts, classes, instruments, positions, cash),
          new Mandate(targets, bands, costs, restrictions, cashPolicy),
          new MarketSnapshot(asOf, prices, fx));
    }

    private void checkFormat() {
      String format = root.requiredText("format");
      if (format != null && !format.equals(FORMAT)) {
        root.problem(
            "format", "\"format\" is \"" + format + "\": a portfolio file has \"" + FORMAT + "\"");
      }
      BigDecimal version = root.decimal("version", Range.POSITIVE, null);
      if (root.has("version") && version.scale() > 0) {
        root.problem("version", "\"version\" must be a whole number, such as " + VERSION);
      } else if (version.compareTo(BigDecimal.valueOf(VERSION)) != 0 && root.has("version")) {
        root.problem(
            "version",
            "version "
                + version.toPlainString()
                + " is not one this Keel reads: it reads version "
                + VERSION
                + " (a newer Keel may read it)");
      }
    }

    /**
     * Whether a cross-check problem only echoes a declaration whose own problems were already
     * reported: a reference to it, or a sum of target weights over classes and instruments that
     * could not all be read.
     */
    boolean alreadyReported(ValidationProblem problem) {
      Reference unknown = problem.unknown();
      if (unknown != null) {
        return brokenKinds.contains(unknown.kind()) || broken.contains(unknown);
      }
      boolean levelSum =
          problem.path().equals("targets") || problem.path().startsWith("targets/classes/");
      boolean declarationsBroken =
          brokenKinds.contains(Kind.INSTRUMENT)
              || brokenKinds.contains(Kind.ASSET_CLASS)
              || broken.stream().anyMatch(reference -> reference.kind() != Kind.ACCOUNT);
      return levelSum && declarationsBroken;
    }

    /**
     * The elements of a list field. When {@code kind} is set, elements are declarations named by
     * {@code idField}: one that had to be dropped is remembered so references to it are not
     * reported again as unknown, and a list that is not a list makes every reference of that kind
     * an echo.
     */
    private <T> List<T> list(
        String field,
        String what,
        Set<String> allowed,
        Function<JsonFields, T> element,
        Kind kind,
        String idField) {
      List<T> items = new ArrayList<>();
      int before = context.problems.size();
      List<JsonNode> nodes = root.array(field);
      if (kind != null && context.problems.size() > before) {
        brokenKinds.add(kind);
      }
      for (int i = 0; i < nodes.size(); i++) {
        JsonFields fields = JsonFields.of(context, nodes.get(i), field + "/" + i, what, allowed);
        T item = fields == null ? null : build(fields, element);
        if (fields != null) {
          fields.rejectUnknownFields();
        }
        if (item != null) {
          items.add(item);
        }
        if (kind != null && item == null) {
          JsonNode id = nodes.get(i).get(idField);
          if (id != null && id.isTextual()) {
            broken.add(new Reference(kind, id.asText()));
          }
        }
      }
      return items;
    }

    /** Builds one element; a model rule the field checks missed is reported, not thrown. */
    private <T> T build(JsonFields fields, Function<JsonFields, T> element) {
      try {
        return element.apply(fields);
      } catch (IllegalArgumentException e) {
        context.problem(fields.path(), e.getMessage());
        return null;
      }
    }

    private String currency(JsonFields fields, String field, String fallback) {
      String code = fields.has(field) ? fields.text(field, null) : fallback;
      if (code == null && fallback == null && !fields.has(field)) {
        return fields.requiredText(field);
      }
      if (code != null && !CURRENCY.matcher(code).matches()) {
        fields.problem(
            field,
            "\""
                + field
                + "\" \""
                + code
                + "\" is not a currency code: use 2 to 12 capital letters or digits, such as USD");
        return null;
      }
      return code;
    }

    private Account account(JsonFields fields) {
      String id = fields.requiredText("id");
      String name = fields.text("name", id);
      Venue venue = venue(fields);
      // a bad name or venue has been reported; the account still exists for what refers to it
      return id == null ? null : new Account(id, name == null ? id : name, venue);
    }

    /**
     * The account's venue: a known id, or a name Keel recognises (files before venues were a list
     * named them in free text, such as "Interactive Brokers"). Anything else reads as {@code other}
     * with a warning, so the file still opens.
     */
    private Venue venue(JsonFields fields) {
      String text = fields.textOrEmpty("venue", "");
      if (text == null || text.isEmpty()) {
        return Venue.OTHER;
      }
      Optional<Venue> known = Venue.fromId(text).or(() -> Venue.recognise(text));
      if (known.isEmpty()) {
        fields.warning(
            "venue",
            "venue \""
                + text
                + "\" is not one Keel knows, so its orders are exported in the generic format: use"
                + " a CCXT exchange id, ibkr or other (one of "
                + String.join(", ", Venue.ids())
                + ")");
      }
      return known.orElse(Venue.OTHER);
    }

    private AssetClass assetClass(JsonFields fields) {
      String id = fields.requiredText("id");
      String name = fields.text("name", id);
      String parent = fields.text("parent", null);
      return id == null ? null : new AssetClass(id, name == null ? id : name, parent);
    }

    private Instrument instrument(JsonFields fields) {
      String symbol = fields.requiredText("symbol");
      String name = fields.text("name", symbol);
      String assetClass = fields.requiredText("assetClass");
      boolean hasType = fields.has("type");
      AssetType type = fields.choice("type", AssetType::fromLabel, TYPE_LABELS, null);
      if (!hasType) {
        fields.requiredText("type");
      }
      String quote = currency(fields, "quoteCurrency", base);
      BigDecimal lotStep = fields.decimal("lotStep", Range.POSITIVE, DEFAULT_LOT_STEP);
      BigDecimal minQuantity = fields.decimal("minQuantity", Range.NON_NEGATIVE, BigDecimal.ZERO);
      BigDecimal minNotional = fields.decimal("minNotional", Range.NON_NEGATIVE, BigDecimal.ZERO);
      BigDecimal tick = fields.decimal("priceTick", Range.POSITIVE, DEFAULT_PRICE_TICK);
      BigDecimal multiplier = fields.decimal("multiplier", Range.POSITIVE, BigDecimal.ONE);
      DerivativeTerms terms = type == null ? null : terms(fields, type);
      if (symbol == null || assetClass == null || type == null) {
        return null;
      }
      return new Instrument(
          symbol,
          name == null ? symbol : name,
          assetClass,
          type,
          quote == null ? base : quote,
          lotStep,
          minQuantity,
          minNotional,
          tick,
          multiplier,
          terms);
    }

    private DerivativeTerms terms(JsonFields fields, AssetType type) {
      String underlying = fields.text("underlying", null);
      LocalDate expiry = fields.date("expiry");
      BigDecimal strike =
          fields.has("strike") ? fields.decimal("strike", Range.POSITIVE, null) : null;
      OptionRight right = fields.choice("right", OptionRight::fromLabel, RIGHT_LABELS, null);
      if (!type.isDerivative()) {
        for (String field : List.of("underlying", "expiry", "strike", "right")) {
          if (fields.has(field)) {
            fields.problem(
                field,
                "\""
                    + field
                    + "\" applies only to perpetuals, futures and options, not to a "
                    + type.label()
                    + ": remove it");
          }
        }
        return null;
      }
      List<String> needed =
          switch (type) {
            case PERPETUAL -> List.of("underlying");
            case FUTURE -> List.of("underlying", "expiry");
            default -> List.of("underlying", "expiry", "strike", "right");
          };
      boolean complete = true;
      for (String field : needed) {
        if (!fields.has(field)) {
          fields.problem(
              "",
              article(type)
                  + type.label()
                  + " needs "
                  + String.join(", ", needed)
                  + ": add \""
                  + field
                  + "\"");
          complete = false;
        }
      }
      for (String field : List.of("expiry", "strike", "right")) {
        if (!needed.contains(field) && fields.has(field)) {
          fields.problem(
              field, article(type) + type.label() + " has no \"" + field + "\": remove it");
        }
      }
      boolean valid =
          complete
              && underlying != null
              && (type == AssetType.PERPETUAL || expiry != null)
              && (type != AssetType.OPTION || (strike != null && right != null));
      return !valid
          ? placeholderTerms(type)
          : new DerivativeTerms(
              underlying,
              type == AssetType.PERPETUAL ? null : expiry,
              type == AssetType.OPTION ? strike : null,
              type == AssetType.OPTION ? right : null);
    }

    private static String article(AssetType type) {
      return type == AssetType.OPTION ? "an " : "a ";
    }

    /** Terms that fit the type, used to carry on after a problem has been recorded. */
    private static DerivativeTerms placeholderTerms(AssetType type) {
      LocalDate someDay = LocalDate.of(2000, 1, 1);
      return switch (type) {
        case PERPETUAL -> DerivativeTerms.perpetual("?");
        case FUTURE -> DerivativeTerms.future("?", someDay);
        default -> DerivativeTerms.option("?", someDay, BigDecimal.ONE, OptionRight.CALL);
      };
    }

    private Position position(JsonFields fields) {
      String account = fields.requiredText("account");
      String symbol = fields.requiredText("symbol");
      BigDecimal quantity = fields.decimal("quantity", Range.ANY, null);
      return account == null || symbol == null ? null : new Position(account, symbol, quantity);
    }

    private CashBalance cash(JsonFields fields) {
      String account = fields.requiredText("account");
      String currency = currency(fields, "currency", null);
      BigDecimal amount = fields.decimal("amount", Range.ANY, null);
      return account == null || currency == null
          ? null
          : new CashBalance(account, currency, amount);
    }

    /**
     * The entries of a map section; when the section itself is malformed, references into it ("no
     * price for X") would only echo that problem, so they are not reported.
     */
    private Map<String, JsonNode> section(String field, Kind kind) {
      int before = context.problems.size();
      Map<String, JsonNode> entries = root.entries(field);
      if (context.problems.size() > before) {
        brokenKinds.add(kind);
      }
      return entries;
    }

    private Map<String, Price> prices() {
      Map<String, Price> prices = new LinkedHashMap<>();
      section("prices", Kind.PRICE)
          .forEach(
              (symbol, node) -> {
                Quote quote = quote(node, "prices/" + symbol, "price of " + symbol, "value", PRICE);
                if (quote != null) {
                  prices.put(symbol, new Price(symbol, quote.value, quote.asOf));
                }
              });
      return prices;
    }

    private Map<String, FxRate> fxRates() {
      Map<String, FxRate> rates = new LinkedHashMap<>();
      section("fx", Kind.FX_RATE)
          .forEach(
              (currency, node) -> {
                String path = "fx/" + currency;
                if (!CURRENCY.matcher(currency).matches()) {
                  context.problem(
                      path,
                      "\""
                          + currency
                          + "\" is not a currency code: use capital letters, such as EUR");
                  return;
                }
                Quote quote = quote(node, path, "FX rate of " + currency, "rate", FX);
                if (quote != null) {
                  rates.put(currency, new FxRate(currency, quote.value, quote.asOf));
                }
              });
      return rates;
    }

    private record Quote(BigDecimal value, Instant asOf) {}

    /** A price or rate: a bare number, or an object with the value and its own as-of time. */
    private Quote quote(
        JsonNode node, String path, String what, String valueField, Set<String> allowed) {
      if (!node.isObject()) {
        BigDecimal value = root.decimalValue(node, path, "the " + what, Range.POSITIVE);
        return value.signum() > 0 ? new Quote(value, asOf) : null;
      }
      JsonFields fields = JsonFields.of(context, node, path, "the " + what, allowed);
      BigDecimal value = fields.decimal(valueField, Range.POSITIVE, null);
      Instant time = fields.instant("asOf", asOf);
      fields.rejectUnknownFields();
      return value.signum() > 0 ? new Quote(value, time) : null;
    }

    private TargetAllocation targets() {
      JsonFields fields = root.object("targets", "the targets", TARGETS);
      if (fields == null) {
        return TargetAllocation.NONE;
      }
      BigDecimal cash = fields.decimal("cash", Range.FRACTION, BigDecimal.ZERO);
      Map<String, BigDecimal> classes = weights(fields, "classes");
      Map<String, BigDecimal> instruments = weights(fields, "instruments");
      fields.rejectUnknownFields();
      return new TargetAllocation(cash, classes, instruments);
    }

    private Map<String, BigDecimal> weights(JsonFields fields, String field) {
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      fields
          .entries(field)
          .forEach(
              (key, node) ->
                  weights.put(
                      key,
                      fields.decimalValue(
                          node,
                          fields.path() + "/" + field + "/" + key,
                          "the target of " + key,
                          Range.FRACTION)));
      return weights;
    }

    private BandPolicy bands() {
      JsonFields fields = root.object("bands", "the bands", BANDS);
      if (fields == null) {
        return BandPolicy.DEFAULT;
      }
      DriftBand defaultBand = band(fields.object("default", "the default band", BAND));
      DriftBand cashBand = band(fields.object("cash", "the cash band", BAND));
      Map<String, DriftBand> classes = bandMap(fields, "classes");
      Map<String, DriftBand> instruments = bandMap(fields, "instruments");
      fields.rejectUnknownFields();
      return new BandPolicy(
          defaultBand == null ? DriftBand.FIVE_TWENTY_FIVE : defaultBand,
          cashBand,
          classes,
          instruments);
    }

    private Map<String, DriftBand> bandMap(JsonFields fields, String field) {
      Map<String, DriftBand> bands = new LinkedHashMap<>();
      fields
          .entries(field)
          .forEach(
              (key, node) -> {
                DriftBand band =
                    band(
                        JsonFields.of(
                            context,
                            node,
                            fields.path() + "/" + field + "/" + key,
                            "the band of " + key,
                            BAND));
                if (band != null) {
                  bands.put(key, band);
                }
              });
      return bands;
    }

    private DriftBand band(JsonFields fields) {
      if (fields == null) {
        return null;
      }
      BigDecimal absolute =
          fields.has("absolute") ? fields.decimal("absolute", Range.FRACTION, null) : null;
      BigDecimal relative =
          fields.has("relative") ? fields.decimal("relative", Range.FRACTION, null) : null;
      fields.rejectUnknownFields();
      return new DriftBand(absolute, relative);
    }

    private CostModel costs() {
      JsonFields fields = root.object("costs", "the costs", COSTS);
      if (fields == null) {
        return CostModel.FREE;
      }
      CostSchedule defaults = cost(fields.object("default", "the default costs", COST));
      Map<String, CostSchedule> accounts = costMap(fields, "accounts");
      Map<String, CostSchedule> instruments = costMap(fields, "instruments");
      fields.rejectUnknownFields();
      return new CostModel(defaults == null ? CostSchedule.FREE : defaults, accounts, instruments);
    }

    private Map<String, CostSchedule> costMap(JsonFields fields, String field) {
      Map<String, CostSchedule> costs = new LinkedHashMap<>();
      fields
          .entries(field)
          .forEach(
              (key, node) -> {
                CostSchedule schedule =
                    cost(
                        JsonFields.of(
                            context,
                            node,
                            fields.path() + "/" + field + "/" + key,
                            "the costs of " + key,
                            COST));
                if (schedule != null) {
                  costs.put(key, schedule);
                }
              });
      return costs;
    }

    private CostSchedule cost(JsonFields fields) {
      if (fields == null) {
        return null;
      }
      CostSchedule schedule =
          new CostSchedule(
              fields.decimal("feeBps", Range.NON_NEGATIVE, BigDecimal.ZERO),
              fields.decimal("slippageBps", Range.NON_NEGATIVE, BigDecimal.ZERO),
              fields.decimal("fixedFee", Range.NON_NEGATIVE, BigDecimal.ZERO),
              fields.decimal("minimumFee", Range.NON_NEGATIVE, BigDecimal.ZERO));
      fields.rejectUnknownFields();
      return schedule;
    }

    private Map<String, Restriction> restrictions() {
      Map<String, Restriction> restrictions = new LinkedHashMap<>();
      root.entries("restrictions")
          .forEach(
              (symbol, node) -> {
                Restriction restriction =
                    node.isTextual()
                        ? Restriction.fromLabel(node.asText().toLowerCase(Locale.ROOT))
                        : null;
                if (restriction == null) {
                  context.problem(
                      "restrictions/" + symbol,
                      "the restriction of "
                          + symbol
                          + " is "
                          + JsonFields.describe(node)
                          + ": use one of "
                          + String.join(", ", RESTRICTION_LABELS));
                } else {
                  restrictions.put(symbol, restriction);
                }
              });
      return restrictions;
    }

    private CashPolicy cashPolicy() {
      JsonFields fields = root.object("cashPolicy", "the cash policy", CASH_POLICY);
      if (fields == null) {
        return CashPolicy.NONE;
      }
      BigDecimal minimum = fields.decimal("minimum", Range.NON_NEGATIVE, BigDecimal.ZERO);
      fields.rejectUnknownFields();
      return new CashPolicy(minimum);
    }
  }

  /** Builds the JSON tree of a portfolio, in the documented field order. */
  private static final class Writer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Portfolio portfolio;

    Writer(Portfolio portfolio) {
      this.portfolio = portfolio;
    }

    ObjectNode root() {
      ObjectNode root = NODES.objectNode();
      root.put("format", FORMAT);
      root.put("version", VERSION);
      root.put("name", portfolio.name());
      if (!portfolio.description().isEmpty()) {
        root.put("description", portfolio.description());
      }
      root.put("baseCurrency", portfolio.baseCurrency());
      root.put("asOf", portfolio.asOf().toString());
      ArrayNode accounts = root.putArray("accounts");
      for (Account account : portfolio.accounts()) {
        ObjectNode node = accounts.addObject().put("id", account.id()).put("name", account.name());
        if (account.venue() != Venue.OTHER) {
          node.put("venue", account.venue().id());
        }
      }
      ArrayNode classes = root.putArray("assetClasses");
      for (AssetClass assetClass : portfolio.assetClasses()) {
        ObjectNode node =
            classes.addObject().put("id", assetClass.id()).put("name", assetClass.name());
        if (assetClass.parent() != null) {
          node.put("parent", assetClass.parent());
        }
      }
      ArrayNode instruments = root.putArray("instruments");
      portfolio
          .instruments()
          .forEach(instrument -> instrument(instruments.addObject(), instrument));
      ArrayNode positions = root.putArray("positions");
      for (Position position : portfolio.positions()) {
        positions
            .addObject()
            .put("account", position.account())
            .put("symbol", position.symbol())
            .put("quantity", plain(position.quantity()));
      }
      ArrayNode cash = root.putArray("cash");
      for (CashBalance balance : portfolio.cash()) {
        cash.addObject()
            .put("account", balance.account())
            .put("currency", balance.currency())
            .put("amount", plain(balance.amount()));
      }
      ObjectNode prices = root.putObject("prices");
      portfolio
          .market()
          .prices()
          .forEach((symbol, price) -> quote(prices, symbol, "value", price.value(), price.asOf()));
      ObjectNode fx = root.putObject("fx");
      portfolio
          .market()
          .fxRates()
          .forEach((currency, rate) -> quote(fx, currency, "rate", rate.rate(), rate.asOf()));
      targets(root.putObject("targets"), portfolio.targets());
      bands(root.putObject("bands"), portfolio.bands());
      costs(root.putObject("costs"), portfolio.costs());
      ObjectNode restrictions = root.putObject("restrictions");
      portfolio
          .restrictions()
          .forEach((symbol, restriction) -> restrictions.put(symbol, restriction.label()));
      root.putObject("cashPolicy").put("minimum", plain(portfolio.cashPolicy().minimumAmount()));
      return root;
    }

    private static void instrument(ObjectNode node, Instrument instrument) {
      node.put("symbol", instrument.symbol())
          .put("name", instrument.name())
          .put("assetClass", instrument.assetClass())
          .put("type", instrument.type().label())
          .put("quoteCurrency", instrument.quoteCurrency())
          .put("lotStep", plain(instrument.lotStep()))
          .put("minQuantity", plain(instrument.minQuantity()))
          .put("minNotional", plain(instrument.minNotional()))
          .put("priceTick", plain(instrument.priceTick()))
          .put("multiplier", plain(instrument.multiplier()));
      instrument
          .derivativeTerms()
          .ifPresent(
              terms -> {
                node.put("underlying", terms.underlying());
                if (terms.expiry() != null) {
                  node.put("expiry", terms.expiry().toString());
                }
                if (terms.strike() != null) {
                  node.put("strike", plain(terms.strike()));
                  node.put("right", terms.right().label());
                }
              });
    }

    private void quote(
        ObjectNode parent, String key, String valueField, BigDecimal value, Instant asOf) {
      if (asOf.equals(portfolio.asOf())) {
        parent.put(key, plain(value));
      } else {
        parent.putObject(key).put(valueField, plain(value)).put("asOf", asOf.toString());
      }
    }

    private static void targets(ObjectNode node, TargetAllocation targets) {
      node.put("cash", plain(targets.cash()));
      ObjectNode classes = node.putObject("classes");
      targets.classes().forEach((id, weight) -> classes.put(id, plain(weight)));
      ObjectNode instruments = node.putObject("instruments");
      targets.instruments().forEach((symbol, weight) -> instruments.put(symbol, plain(weight)));
    }

    private static void bands(ObjectNode node, BandPolicy bands) {
      band(node.putObject("default"), bands.defaultBand());
      if (bands.cash() != null) {
        band(node.putObject("cash"), bands.cash());
      }
      ObjectNode classes = node.putObject("classes");
      bands.classes().forEach((id, band) -> band(classes.putObject(id), band));
      ObjectNode instruments = node.putObject("instruments");
      bands.instruments().forEach((symbol, band) -> band(instruments.putObject(symbol), band));
    }

    private static void band(ObjectNode node, DriftBand band) {
      if (band.absolute() != null) {
        node.put("absolute", plain(band.absolute()));
      }
      if (band.relative() != null) {
        node.put("relative", plain(band.relative()));
      }
    }

    private static void costs(ObjectNode node, CostModel costs) {
      cost(node.putObject("default"), costs.defaults());
      ObjectNode accounts = node.putObject("accounts");
      costs.accounts().forEach((id, schedule) -> cost(accounts.putObject(id), schedule));
      ObjectNode instruments = node.putObject("instruments");
      costs
          .instruments()
          .forEach((symbol, schedule) -> cost(instruments.putObject(symbol), schedule));
    }

    private static void cost(ObjectNode node, CostSchedule schedule) {
      node.put("feeBps", plain(schedule.feeBps()))
          .put("slippageBps", plain(schedule.slippageBps()))
          .put("fixedFee", plain(schedule.fixedFee()))
          .put("minimumFee", plain(schedule.minimumFee()));
    }

    private static String plain(BigDecimal value) {
      return value.toPlainString();
    }
  }
}
