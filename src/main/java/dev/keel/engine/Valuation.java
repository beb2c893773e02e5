package dev.keel.engine;

import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Values quantities of instruments and cash in a base currency under one market snapshot. Products
 * are exact (no rounding): a value carries the scale of its factors, and only weights are divided.
 */
public final class Valuation {
  private final String baseCurrency;
  private final Map<String, BigDecimal> rates;
  private final Map<String, BigDecimal> prices;

  /** A valuation in {@code baseCurrency} at the prices and FX rates of {@code market}. */
  public Valuation(String baseCurrency, MarketSnapshot market) {
    this.baseCurrency = baseCurrency;
    this.rates = new HashMap<>();
    market.fxRates().forEach((currency, rate) -> rates.put(currency, rate.rate()));
    this.prices = new HashMap<>();
    market.prices().forEach((symbol, price) -> prices.put(symbol, price.value()));
  }

  /** A valuation of a portfolio in its base currency under {@code market}. */
  public static Valuation of(Portfolio portfolio, MarketSnapshot market) {
    return new Valuation(portfolio.baseCurrency(), market);
  }

  /** Base-currency units per unit of {@code currency}. */
  public BigDecimal fxRate(String currency) {
    if (currency.equals(baseCurrency)) {
      return BigDecimal.ONE;
    }
    BigDecimal rate = rates.get(currency);
    if (rate == null) {
      throw new IllegalStateException(
          "no FX rate for " + currency + "; validate the portfolio first");
    }
    return rate;
  }

  /** The price of one unit in the instrument's quote currency. */
  public BigDecimal price(String symbol) {
    BigDecimal price = prices.get(symbol);
    if (price == null) {
      throw new IllegalStateException("no price for " + symbol + "; validate the portfolio first");
    }
    return price;
  }

  /**
   * Quantity times price times multiplier, in the quote currency; for an inverse contract, quantity
   * times its face value (ten contracts of 10 USD are 100 USD of exposure whatever the price).
   */
  public BigDecimal notional(Instrument instrument, BigDecimal quantity) {
    if (instrument.terms() != null && instrument.terms().isInverse()) {
      return quantity.multiply(instrument.terms().contractSize());
    }
    return quantity.multiply(price(instrument.symbol())).multiply(instrument.multiplier());
  }

  /** Quantity times price times multiplier, converted to the base currency. */
  public BigDecimal valueInBase(Instrument instrument, BigDecimal quantity) {
    return notional(instrument, quantity).multiply(fxRate(instrument.quoteCurrency()));
  }

  /** An amount of a currency converted to the base currency. */
  public BigDecimal cashInBase(String currency, BigDecimal amount) {
    return amount.multiply(fxRate(currency));
  }
}
