package dev.keel.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exchange or broker an account is held at, from the list Keel knows: crypto exchanges by their
 * CCXT exchange id ({@code binance}, {@code deribit}, ...), {@code ibkr} for Interactive Brokers,
 * or {@code other}. The venue decides how orders are exported and how symbols are spelt there (see
 * {@code docs/order-export.md}).
 */
public enum Venue {
  BINANCE("binance", Kind.CRYPTO_EXCHANGE, "Binance"),
  BINANCEUS("binanceus", Kind.CRYPTO_EXCHANGE, "Binance US"),
  BINANCEUSDM("binanceusdm", Kind.CRYPTO_EXCHANGE, "Binance USD-M futures"),
  BINANCECOINM("binancecoinm", Kind.CRYPTO_EXCHANGE, "Binance COIN-M futures"),
  BITFINEX("bitfinex", Kind.CRYPTO_EXCHANGE, "Bitfinex"),
  BITGET("bitget", Kind.CRYPTO_EXCHANGE, "Bitget"),
  BITMEX("bitmex", Kind.CRYPTO_EXCHANGE, "BitMEX"),
  BITSTAMP("bitstamp", Kind.CRYPTO_EXCHANGE, "Bitstamp"),
  BITVAVO("bitvavo", Kind.CRYPTO_EXCHANGE, "Bitvavo"),
  BYBIT("bybit", Kind.CRYPTO_EXCHANGE, "Bybit"),
  COINBASE("coinbase", Kind.CRYPTO_EXCHANGE, "Coinbase"),
  CRYPTOCOM("cryptocom", Kind.CRYPTO_EXCHANGE, "Crypto.com"),
  DERIBIT("deribit", Kind.CRYPTO_EXCHANGE, "Deribit"),
  GATE("gate", Kind.CRYPTO_EXCHANGE, "Gate"),
  GEMINI("gemini", Kind.CRYPTO_EXCHANGE, "Gemini"),
  HTX("htx", Kind.CRYPTO_EXCHANGE, "HTX"),
  HYPERLIQUID("hyperliquid", Kind.CRYPTO_EXCHANGE, "Hyperliquid"),
  KRAKEN("kraken", Kind.CRYPTO_EXCHANGE, "Kraken"),
  KRAKENFUTURES("krakenfutures", Kind.CRYPTO_EXCHANGE, "Kraken Futures"),
  KUCOIN("kucoin", Kind.CRYPTO_EXCHANGE, "KuCoin"),
  KUCOINFUTURES("kucoinfutures", Kind.CRYPTO_EXCHANGE, "KuCoin Futures"),
  MEXC("mexc", Kind.CRYPTO_EXCHANGE, "MEXC"),
  OKX("okx", Kind.CRYPTO_EXCHANGE, "OKX"),
  IBKR("ibkr", Kind.BROKER, "Interactive Brokers"),
  OTHER("other", Kind.OTHER, "Other");

  /** What kind of place a venue is. */
  public enum Kind {
    /** A crypto exchange reached through CCXT, by its exchange id. */
    CRYPTO_EXCHANGE,
    /** A securities broker with its own order format. */
    BROKER,
    /** Anywhere else: orders are exported in Keel's generic format. */
    OTHER
  }

  /** Names free-text venues of older files used, by their letters and digits in lower case. */
  private static final Map<String, Venue> ALIASES =
      Map.ofEntries(
          Map.entry("interactivebrokers", IBKR),
          Map.entry("ib", IBKR),
          Map.entry("coinbasepro", COINBASE),
          Map.entry("coinbaseadvanced", COINBASE),
          Map.entry("coinbaseexchange", COINBASE),
          Map.entry("krakenpro", KRAKEN),
          Map.entry("gateio", GATE),
          Map.entry("huobi", HTX),
          Map.entry("okex", OKX),
          Map.entry("binancecom", BINANCE));

  private final String id;
  private final Kind kind;
  private final String displayName;

  Venue(String id, Kind kind, String displayName) {
    this.id = id;
    this.kind = kind;
    this.displayName = displayName;
  }

  /** The id written in files: the CCXT exchange id, {@code ibkr} or {@code other}. */
  public String id() {
    return id;
  }

  /** What kind of place this is. */
  public Kind kind() {
    return kind;
  }

  /** The venue's name as people write it, for example {@code Interactive Brokers}. */
  public String displayName() {
    return displayName;
  }

  /** Whether this is a crypto exchange reached through CCXT. */
  public boolean isCryptoExchange() {
    return kind == Kind.CRYPTO_EXCHANGE;
  }

  /** The venue with exactly this id, if Keel knows one. */
  public static Optional<Venue> fromId(String id) {
    for (Venue venue : values()) {
      if (venue.id.equals(id)) {
        return Optional.of(venue);
      }
    }
    return Optional.empty();
  }

  /**
   * The venue a free text names: an id, a display name or a known former name, whatever its case,
   * spaces and punctuation ({@code "Interactive Brokers"}, {@code "Kraken"}, {@code "Gate.io"}).
   */
  public static Optional<Venue> recognise(String text) {
    String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    for (Venue venue : values()) {
      if (venue.id.equals(key)
          || venue.displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(key)) {
        return Optional.of(venue);
      }
    }
    return Optional.ofNullable(ALIASES.get(key));
  }

  /** The ids of every venue, in declaration order, for messages. */
  public static Set<String> ids() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (Venue venue : values()) {
      ids.add(venue.id);
    }
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public String toString() {
    return id;
  }
}
