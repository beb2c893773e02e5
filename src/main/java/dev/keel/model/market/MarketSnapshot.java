package dev.keel.model.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The market data a book is valued with, as of one instant: the price of each instrument and the
 * rate of each currency into the book's base currency, each with the time it was observed, and what
 * derivatives are valued with (implied volatilities, interest rates, dividend and carry yields,
 * perpetual funding rates, index prices of underlyings that are not instruments).
 *
 * <p>The snapshot is kept apart from the book, so the same book can be valued under other data: a
 * stress scenario or a day of a backtest is just another snapshot. Each component is read and
 * written by its own section of the portfolio file.
 *
 * @param asOf the time the snapshot describes; the default time of a price or rate given without
 *     one
 * @param prices latest price by symbol, in the instrument's quote currency
 * @param fxRates rate into the base currency by currency
 * @param volatilities implied volatilities of options
 * @param rates interest rate by currency: annual, continuously compounded, a fraction
 * @param yields dividend or carry yield by underlying: annual, continuous, a fraction
 * @param funding perpetual funding rate per 8 hours by perpetual's symbol, a fraction; positive
 *     when longs pay shorts
 * @param underlyings underlyings that are not instruments, by symbol
 */
public record MarketSnapshot(
    Instant asOf,
    Map<String, Price> prices,
    Map<String, FxRate> fxRates,
    Volatilities volatilities,
    Map<String, BigDecimal> rates,
    Map<String, BigDecimal> yields,
    Map<String, BigDecimal> funding,
    Map<String, IndexUnderlying> underlyings) {

  public MarketSnapshot {
    Objects.requireNonNull(asOf, "asOf");
    prices = sorted(prices);
    fxRates = sorted(fxRates);
    Objects.requireNonNull(volatilities, "volatilities");
    rates = sorted(rates);
    yields = sorted(yields);
    funding = sorted(funding);
    underlyings = sorted(underlyings);
  }

  /** A snapshot of prices and rates only, with no derivatives data. */
  public MarketSnapshot(Instant asOf, Map<String, Price> prices, Map<String, FxRate> fxRates) {
    this(asOf, prices, fxRates, Volatilities.NONE, Map.of(), Map.of(), Map.of(), Map.of());
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> values) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(values));
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

  /** The interest rate of a currency; 0 when none is given. */
  public BigDecimal rate(String currency) {
    return rates.getOrDefault(currency, BigDecimal.ZERO);
  }

  /** The dividend or carry yield of an underlying; 0 when none is given. */
  public BigDecimal yield(String underlying) {
    return yields.getOrDefault(underlying, BigDecimal.ZERO);
  }

  /** The funding rate per 8 hours of a perpetual, if the snapshot has one. */
  public Optional<BigDecimal> fundingRate(String perpetual) {
    return Optional.ofNullable(funding.get(perpetual));
  }

  /** The underlying with this symbol that is not an instrument, if the snapshot has one. */
  public Optional<IndexUnderlying> underlying(String symbol) {
    return Optional.ofNullable(underlyings.get(symbol));
  }

  /** A copy with other prices. */
  public MarketSnapshot withPrices(Map<String, Price> newPrices) {
    return new MarketSnapshot(
        asOf, newPrices, fxRates, volatilities, rates, yields, funding, underlyings);
  }

  /** A copy with one price set (added or replaced). */
  public MarketSnapshot withPrice(Price price) {
    TreeMap<String, Price> copy = new TreeMap<>(prices);
    copy.put(price.symbol(), price);
    return withPrices(copy);
  }

  /** A copy with other FX rates. */
  public MarketSnapshot withFxRates(Map<String, FxRate> newRates) {
    return new MarketSnapshot(
        asOf, prices, newRates, volatilities, rates, yields, funding, underlyings);
  }

  /** A copy with other derivatives data: volatilities, rates, yields, funding and underlyings. */
  public MarketSnapshot withDerivativesData(
      Volatilities newVolatilities,
      Map<String, BigDecimal> newRates,
      Map<String, BigDecimal> newYields,
      Map<String, BigDecimal> newFunding,
      Map<String, IndexUnderlying> newUnderlyings) {
    return new MarketSnapshot(
        asOf, prices, fxRates, newVolatilities, newRates, newYields, newFunding, newUnderlyings);
  }
}
