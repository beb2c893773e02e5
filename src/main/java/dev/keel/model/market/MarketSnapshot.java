package dev.keel.model.market;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The market data a book is valued with, as of one instant: the price of each instrument and the
 * rate of each currency into the book's base currency, each with the time it was observed.
 *
 * <p>The snapshot is kept apart from the book, so the same book can be valued under other data: a
 * stress scenario or a day of a backtest is just another snapshot. The market data the analytics
 * need next (implied volatilities, interest rates, dividend and carry yields, funding rates, index
 * prices of underlyings that are not instruments of the book) join it as further components, each
 * read and written by its own section of the portfolio file.
 *
 * @param asOf the time the snapshot describes; the default time of a price or rate given without
 *     one
 * @param prices latest price by symbol, in the instrument's quote currency
 * @param fxRates rate into the base currency by currency
 */
public record MarketSnapshot(Instant asOf, Map<String, Price> prices, Map<String, FxRate> fxRates) {

  public MarketSnapshot {
    Objects.requireNonNull(asOf, "asOf");
    prices = Collections.unmodifiableSortedMap(new TreeMap<>(prices));
    fxRates = Collections.unmodifiableSortedMap(new TreeMap<>(fxRates));
  }

  /** A snapshot with no prices and no rates yet. */
  public static MarketSnapshot empty(Instant asOf) {
    return new MarketSnapshot(asOf, Map.of(), Map.of());
  }

  /** The price of an instrument, if the snapshot has one. */
  public Optional<Price> price(String symbol) {
    return Optional.ofNullable(prices.get(symbol));
  }

  /** The rate of a currency into the base currency, if the snapshot has one. */
  public Optional<FxRate> fxRate(String currency) {
    return Optional.ofNullable(fxRates.get(currency));
  }

  /** A copy with other prices. */
  public MarketSnapshot withPrices(Map<String, Price> newPrices) {
    return new MarketSnapshot(asOf, newPrices, fxRates);
  }

  /** A copy with one price set (added or replaced). */
  public MarketSnapshot withPrice(Price price) {
    TreeMap<String, Price> copy = new TreeMap<>(prices);
    copy.put(price.symbol(), price);
    return withPrices(copy);
  }

  /** A copy with other FX rates. */
  public MarketSnapshot withFxRates(Map<String, FxRate> newRates) {
    return new MarketSnapshot(asOf, prices, newRates);
  }
}
