package dev.keel.analytics.exposure;

import dev.keel.model.AssetType;
import dev.keel.model.Expiries;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Roots;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A book's market data as the exposure calculation reads it, in doubles: prices of instruments and
 * index underlyings, the value of a currency (or a coin) in the base currency, where a contract's
 * exposure is counted, and the time left to an expiry.
 */
public final class MarketView {
  /** Seconds in the ACT/365 year. */
  private static final double SECONDS_PER_YEAR = 365.0 * 24 * 60 * 60;

  private final Portfolio portfolio;
  private final MarketSnapshot market;
  private final Map<String, Instrument> instruments;
  private final Expiries expiries;

  /**
   * The snapshot's prices as doubles, in a hash map: the snapshot's are sorted by symbol, and a
   * book of options looks each up several times.
   */
  private final Map<String, Double> prices;

  /** The view of a valid portfolio's instruments under {@code market}. */
  public MarketView(Portfolio portfolio, MarketSnapshot market) {
    this.portfolio = portfolio;
    this.market = market;
    this.instruments = portfolio.instrumentsBySymbol();
    this.expiries = Expiries.of(portfolio.book());
    this.prices = new HashMap<>(market.prices().size() * 2);
    market.prices().forEach((symbol, price) -> prices.put(symbol, price.value().doubleValue()));
  }

  public MarketSnapshot market() {
    return market;
  }

  /** The currency the book's money is counted in. */
  String baseCurrency() {
    return portfolio.baseCurrency();
  }

  public Instrument instrument(String symbol) {
    return instruments.get(symbol);
  }

  /** The price of an instrument or of an index underlying, in its own currency. */
  public double price(String symbol) {
    Double price = prices.get(symbol);
    if (price != null) {
      return price;
    }
    IndexUnderlying index = market.underlyings().get(symbol);
    if (index != null) {
      return index.price().doubleValue();
    }
    throw new IllegalStateException("no price for " + symbol + "; validate the portfolio first");
  }

  /** The currency {@link #price} is in. */
  public String currencyOf(String symbol) {
    Instrument instrument = instruments.get(symbol);
    if (instrument != null) {
      return instrument.quoteCurrency();
    }
    IndexUnderlying index = market.underlyings().get(symbol);
    return index == null ? portfolio.baseCurrency() : index.currency();
  }

  /**
   * Base-currency units per unit of a currency: 1 for the base, the snapshot's FX rate, or, for a
   * coin the snapshot has no rate for (the settlement coin of an inverse contract), the price of
   * the coin's own spot instrument.
   */
  public double fx(String currency) {
    if (currency.equals(portfolio.baseCurrency())) {
      return 1;
    }
    FxRate rate = market.fxRates().get(currency);
    if (rate != null) {
      return rate.rate().doubleValue();
    }
    Instrument coin = instruments.get(currency);
    if (coin != null && !coin.type().isDerivative() && prices.containsKey(currency)) {
      return price(currency) * fx(coin.quoteCurrency());
    }
    throw new IllegalStateException(
        "no FX rate for " + currency + "; validate the portfolio first");
  }

  /**
   * The underlying a contract's exposure counts under: its underlying, past any future or perpetual
   * in between (an option on BTC-25DEC26 counts under BTC); a spot instrument is its own.
   */
  public String root(Instrument instrument) {
    return Roots.of(instrument, instruments);
  }

  /** Whether a symbol is a future or perpetual of the book (an option on it is on a forward). */
  boolean isForward(String symbol) {
    Instrument instrument = instruments.get(symbol);
    return instrument != null
        && (instrument.type() == AssetType.FUTURE || instrument.type() == AssetType.PERPETUAL);
  }

  /** When a contract expires, {@code null} for none. */
  Instant expiresAt(Instrument instrument) {
    return expiries.expiresAt(instrument);
  }

  /** ACT/365 years from the snapshot's time to the expiry, never below 0. */
  double years(Instant expiresAt) {
    return yearsBetween(market.asOf(), expiresAt);
  }

  /** ACT/365 years from one instant to a later one, never below 0. */
  static double yearsBetween(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).getSeconds() / SECONDS_PER_YEAR);
  }

  /** Whole days from the snapshot's time to the expiry. */
  long days(Instant expiresAt) {
    return Duration.between(market.asOf(), expiresAt).toDays();
  }
}
