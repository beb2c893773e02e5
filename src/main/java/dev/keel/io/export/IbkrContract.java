package dev.keel.io.export;

import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Interactive Brokers names the contract of a Keel instrument in a BasketTrader row: {@code
 * Symbol}, {@code SecType}, and for a derivative {@code LastTradingDayOrContractMonth}, {@code
 * Strike}, {@code Right}, {@code Multiplier}, with the {@code Exchange} and {@code Currency}.
 *
 * <p>The portfolio file does not say everything IBKR needs, so two things are derived (see {@code
 * docs/order-export.md}): a future's root symbol, from a symbol written as root, month code and
 * year ({@code ESZ6} is {@code ES}, December 2026, checked against the expiry); and the exchange
 * that lists it, from the table {@link #EXCHANGES} of well-known roots; IBKR calls a CME currency
 * future by its currency ({@code 6E} is {@code EUR}, {@link #IBKR_SYMBOLS}). An option whose
 * underlying is a future of the book is an option on that future ({@code FOP}), on the future's
 * root and exchange; any other option is {@code OPT}, routed {@code SMART}. A perpetual has no IBKR
 * contract.
 *
 * @param symbol IBKR's {@code Symbol}: the ticker, a future's root, an option's underlying
 * @param secType {@code STK}, {@code CRYPTO}, {@code CASH}, {@code FUT}, {@code OPT} or {@code FOP}
 * @param lastTradingDay the expiry as {@code YYYYMMDD}, {@code null} for spot
 * @param strike the strike, options only
 * @param right {@code C} or {@code P}, options only
 * @param multiplier the contract multiplier, derivatives only
 * @param exchange the destination
 * @param currency the quote currency
 */
record IbkrContract(
    String symbol,
    String secType,
    String lastTradingDay,
    BigDecimal strike,
    String right,
    BigDecimal multiplier,
    String exchange,
    String currency) {

  /**
   * The exchanges that list the futures roots Keel knows, by IBKR's exchange code. A root not in
   * this table is refused, not guessed.
   */
  static final Map<String, String> EXCHANGES = exchanges();

  /**
   * IBKR's {@code Symbol} of the roots it does not call by their exchange root: the CME currency
   * futures go by their currency ({@code 6E} is {@code EUR}, {@code 6M} is the Mexican peso's
   * {@code MXP}). Every other root is its own symbol.
   */
  static final Map<String, String> IBKR_SYMBOLS =
      Map.of(
          "6A", "AUD", "6B", "GBP", "6C", "CAD", "6E", "EUR", "6J", "JPY", "6M", "MXP", "6N", "NZD",
          "6S", "CHF");

  private static final Pattern ROOT_MONTH_YEAR =
      Pattern.compile("(.+?)([FGHJKMNQUVXZ])([0-9]{1,2})");
  private static final String MONTH_CODES = "FGHJKMNQUVXZ";
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private static Map<String, String> exchanges() {
    Map<String, String> table = new TreeMap<>();
    Map<String, List<String>> byExchange =
        Map.of(
            "CME",
            List.of(
                "ES", "MES", "NQ", "MNQ", "RTY", "M2K", "EMD", "6A", "6B", "6C", "6E", "6J", "6M",
                "6N", "6S", "M6E", "LE", "HE", "GF"),
            "CBOT",
            List.of("YM", "MYM", "ZB", "UB", "ZN", "TN", "ZF", "ZT", "ZC", "ZS", "ZW", "ZL", "ZM"),
            "NYMEX",
            List.of("CL", "MCL", "NG", "RB", "HO", "PL", "PA"),
            "COMEX",
            List.of("GC", "MGC", "SI", "SIL", "HG"));
    byExchange.forEach((exchange, roots) -> roots.forEach(root -> table.put(root, exchange)));
    return table;
  }

  /** The contract of an instrument, or why IBKR cannot be told which one it is. */
  record Derived(IbkrContract contract, String refusal) {}

  /**
   * Derives the contract; {@code book} finds the underlying of an option among the book's
   * instruments.
   */
  static Derived of(Instrument instrument, Function<String, Instrument> book) {
    String currency = instrument.quoteCurrency();
    return switch (instrument.type()) {
      case STOCK -> spot(instrument, "STK", "SMART");
      case CRYPTO_SPOT, STABLECOIN -> spot(instrument, "CRYPTO", "PAXOS");
      case CASH -> spot(instrument, "CASH", "SMART");
      case PERPETUAL ->
          refused(
              "an IBKR basket cannot hold a perpetual, Interactive Brokers lists none: hold it at"
                  + " its exchange's account, reject the trade, or export in the generic format");
      case FUTURE -> {
        Root root = root(instrument);
        yield root.refusal != null
            ? refused(root.refusal)
            : new Derived(
                new IbkrContract(
                    root.symbol,
                    "FUT",
                    YYYYMMDD.format(instrument.terms().expiry()),
                    null,
                    null,
                    instrument.multiplier(),
                    root.exchange,
                    currency),
                null);
      }
      case OPTION -> option(instrument, book.apply(instrument.terms().underlying()));
    };
  }

  private static Derived spot(Instrument instrument, String secType, String exchange) {
    return new Derived(
        new IbkrContract(
            instrument.symbol(),
            secType,
            null,
            null,
            null,
            null,
            exchange,
            instrument.quoteCurrency()),
        null);
  }

  private static Derived option(Instrument option, Instrument underlying) {
    DerivativeTerms terms = option.terms();
    String right = terms.right() == OptionRight.CALL ? "C" : "P";
    String expiry = YYYYMMDD.format(terms.expiry());
    if (underlying != null && underlying.type() == AssetType.FUTURE) {
      Root root = root(underlying);
      if (root.refusal != null) {
        return refused("its underlying " + underlying.symbol() + ": " + root.refusal);
      }
      return new Derived(
          new IbkrContract(
              root.symbol,
              "FOP",
              expiry,
              terms.strike(),
              right,
              option.multiplier(),
              root.exchange,
              option.quoteCurrency()),
          null);
    }
    return new Derived(
        new IbkrContract(
            terms.underlying(),
            "OPT",
            expiry,
            terms.strike(),
            right,
            option.multiplier(),
            "SMART",
            option.quoteCurrency()),
        null);
  }

  private static Derived refused(String reason) {
    return new Derived(null, reason);
  }

  /**
   * A future's root as IBKR names it and its exchange, or why they cannot be derived.
   *
   * @param symbol IBKR's {@code Symbol} of the root: the root itself, or its currency for a CME
   *     currency future ({@link #IBKR_SYMBOLS})
   */
  record Root(String symbol, String exchange, String refusal) {}

  /**
   * The root of a future written as root, month code and year, checked against its expiry: the
   * contract month is the expiry's month or one of the two after it (energy futures stop trading
   * the month before their contract month), and the year digits are that month's year's last.
   */
  static Root root(Instrument future) {
    String symbol = future.symbol();
    LocalDate expiry = future.terms().expiry();
    Matcher matcher = ROOT_MONTH_YEAR.matcher(symbol);
    if (!matcher.matches()) {
      return new Root(
          null,
          null,
          "the IBKR basket needs the future's root symbol, and "
              + symbol
              + " is not written as root, month code and year (such as ESZ6 for the E-mini S&P"
              + " 500 of December 2026): rename the instrument");
    }
    String root = matcher.group(1);
    int month = MONTH_CODES.indexOf(matcher.group(2).charAt(0)) + 1;
    String year = matcher.group(3);
    boolean fits = false;
    for (int ahead = 0; ahead <= 2 && !fits; ahead++) {
      LocalDate contract = expiry.withDayOfMonth(1).plusMonths(ahead);
      String digits = String.valueOf(contract.getYear() % (year.length() == 1 ? 10 : 100));
      fits =
          contract.getMonthValue() == month
              && (year.length() == 1 ? digits : pad(digits)).equals(year);
    }
    if (!fits) {
      return new Root(
          null,
          null,
          "its month code "
              + matcher.group(2)
              + year
              + " ("
              + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + ") does not fit its expiry "
              + expiry
              + ": correct the symbol or the expiry");
    }
    String exchange = EXCHANGES.get(root);
    if (exchange == null) {
      return new Root(
          null,
          null,
          "Keel does not know which exchange lists futures of root "
              + root
              + ", which the IBKR basket needs (docs/order-export.md lists the roots it knows):"
              + " reject the trade and place it in TWS, or export in the generic format");
    }
    return new Root(IBKR_SYMBOLS.getOrDefault(root, root), exchange, null);
  }

  private static String pad(String twoDigits) {
    return twoDigits.length() == 1 ? "0" + twoDigits : twoDigits;
  }
}
