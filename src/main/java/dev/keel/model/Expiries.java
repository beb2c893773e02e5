package dev.keel.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The instant a derivative expires. A file may give the expiry as an instant; a date alone means
 * the venue's expiry time: 08:00 UTC at a crypto exchange (Deribit, Binance, OKX and Bybit all
 * expire their dated contracts then), and the close of the listing market at a broker, taken from
 * the quote currency (16:00 New York for USD, 17:30 Frankfurt for EUR, ...; see {@code
 * docs/portfolio-format.md}). Give an instant where the contract expires at another time, such as
 * an index option settled at the open.
 */
public final class Expiries {
  /** Where crypto exchanges expire their dated contracts. */
  public static final LocalTime CRYPTO_EXPIRY = LocalTime.of(8, 0);

  /** The close of the listing market by quote currency, for contracts held at a broker. */
  private static final Map<String, Close> CLOSES =
      Map.of(
          "USD", new Close(ZoneId.of("America/New_York"), LocalTime.of(16, 0)),
          "EUR", new Close(ZoneId.of("Europe/Berlin"), LocalTime.of(17, 30)),
          "GBP", new Close(ZoneId.of("Europe/London"), LocalTime.of(16, 30)),
          "CHF", new Close(ZoneId.of("Europe/Zurich"), LocalTime.of(17, 30)),
          "JPY", new Close(ZoneId.of("Asia/Tokyo"), LocalTime.of(15, 0)),
          "CAD", new Close(ZoneId.of("America/Toronto"), LocalTime.of(16, 0)),
          "AUD", new Close(ZoneId.of("Australia/Sydney"), LocalTime.of(16, 0)),
          "HKD", new Close(ZoneId.of("Asia/Hong_Kong"), LocalTime.of(16, 0)));

  /** The close where the quote currency names no market above: 16:00 UTC. */
  private static final Close OTHER_CLOSE = new Close(ZoneOffset.UTC, LocalTime.of(16, 0));

  private static final Set<AssetType> COINS = Set.of(AssetType.CRYPTO_SPOT, AssetType.STABLECOIN);

  private record Close(ZoneId zone, LocalTime time) {}

  /** Symbols held at a crypto exchange, and symbols held anywhere, worked out once per book. */
  private final Set<String> atCrypto = new HashSet<>();

  private final Set<String> held = new HashSet<>();
  private final Map<String, Instrument> instruments = new HashMap<>();

  private Expiries(Book book) {
    Map<String, Venue> venues = new HashMap<>();
    book.accounts().forEach(account -> venues.putIfAbsent(account.id(), account.venue()));
    for (Position position : book.positions()) {
      held.add(position.symbol());
      Venue venue = venues.get(position.account());
      if (venue != null && venue.isCryptoExchange()) {
        atCrypto.add(position.symbol());
      }
    }
    book.instruments()
        .forEach(instrument -> instruments.putIfAbsent(instrument.symbol(), instrument));
  }

  /** The expiry times of a book's contracts. */
  public static Expiries of(Book book) {
    return new Expiries(book);
  }

  /** When an instrument of the book expires, or {@code null} for a perpetual or spot. */
  public Instant expiresAt(Instrument instrument) {
    DerivativeTerms terms = instrument.terms();
    if (terms == null || terms.expiry() == null) {
      return null;
    }
    if (terms.expiresAt() != null) {
      return terms.expiresAt();
    }
    if (atCryptoVenue(instrument)) {
      return terms.expiry().atTime(CRYPTO_EXPIRY).toInstant(ZoneOffset.UTC);
    }
    Close close = CLOSES.getOrDefault(instrument.quoteCurrency(), OTHER_CLOSE);
    return terms.expiry().atTime(close.time()).atZone(close.zone()).toInstant();
  }

  /**
   * Whether the contract trades at a crypto exchange: an account there holds it, or, held nowhere,
   * it is inverse or written on a coin.
   */
  private boolean atCryptoVenue(Instrument instrument) {
    if (held.contains(instrument.symbol())) {
      return atCrypto.contains(instrument.symbol());
    }
    if (instrument.terms().isInverse()) {
      return true;
    }
    Instrument underlying = instruments.get(instrument.terms().underlying());
    return underlying != null && COINS.contains(underlying.type());
  }
}
