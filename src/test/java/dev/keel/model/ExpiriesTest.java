package dev.keel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiriesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 18);
  private static final Instrument COIN =
      Instrument.spot(
          "BTC",
          "Bitcoin",
          "crypto",
          AssetType.CRYPTO_SPOT,
          "USD",
          BigDecimal.ONE,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ONE);

  private static Instrument future(String symbol, String currency, String underlying) {
    return new Instrument(
        symbol,
        symbol,
        "hedges",
        AssetType.FUTURE,
        currency,
        BigDecimal.ONE,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ONE,
        BigDecimal.TEN,
        DerivativeTerms.future(underlying, DAY));
  }

  private static Book holding(Instrument instrument, Venue venue) {
    return new Book(
        List.of(new Account("a", "A", venue)),
        List.of(),
        List.of(COIN, instrument),
        List.of(new Position("a", instrument.symbol(), BigDecimal.ONE)),
        List.of());
  }

  @Test
  void expiresAt_atCryptoExchange_isEightUtc() {
    Instrument future = future("BTC-18DEC26", "USD", "BTC");

    assertThat(Expiries.of(holding(future, Venue.DERIBIT)).expiresAt(future))
        .isEqualTo(Instant.parse("2026-12-18T08:00:00Z"));
  }

  @Test
  void expiresAt_atBroker_isTheCloseOfTheQuoteCurrencysMarket_inItsZone() {
    Instrument es = future("ESZ6", "USD", "SPX");
    Instrument fdax = future("FDAX", "EUR", "DAX");

    // 16:00 in New York and 17:30 in Frankfurt, both on winter time in December
    assertThat(Expiries.of(holding(es, Venue.IBKR)).expiresAt(es))
        .isEqualTo(Instant.parse("2026-12-18T21:00:00Z"));
    assertThat(Expiries.of(holding(fdax, Venue.IBKR)).expiresAt(fdax))
        .isEqualTo(Instant.parse("2026-12-18T16:30:00Z"));
  }

  @Test
  void expiresAt_heldNowhere_onACoin_isTheCryptoTime() {
    Instrument future = future("BTC-18DEC26", "USD", "BTC");
    Book book = new Book(List.of(), List.of(), List.of(COIN, future), List.of(), List.of());

    assertThat(Expiries.of(book).expiresAt(future))
        .isEqualTo(Instant.parse("2026-12-18T08:00:00Z"));
  }

  @Test
  void expiresAt_givenInstant_winsOverTheVenue() {
    Instrument future = future("ESZ6", "USD", "SPX");
    Instant open = Instant.parse("2026-12-18T14:30:00Z");
    Instrument settledAtOpen =
        new Instrument(
            "ESZ6",
            "ESZ6",
            "hedges",
            AssetType.FUTURE,
            "USD",
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            BigDecimal.TEN,
            future.terms().expiringAt(open));

    assertThat(Expiries.of(holding(settledAtOpen, Venue.IBKR)).expiresAt(settledAtOpen))
        .isEqualTo(open);
  }
}
