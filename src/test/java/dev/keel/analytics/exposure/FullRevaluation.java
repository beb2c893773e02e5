package dev.keel.analytics.exposure;

import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The second way to a P&amp;L profile's figures: the whole book valued by {@link
 * ExposureCalculator#compute} under a snapshot whose prices on the underlying are multiplied by
 * {@code 1 + move} (every instrument whose root it is, the index itself, and the FX rate of a coin
 * of that name), with each option held at the volatility it is valued with today (sticky strike),
 * and, for the curve at the first expiry, the snapshot's time moved there. The change of the equity
 * the underlying's positions add (their market values, options at their model value) is what the
 * profile must show.
 */
final class FullRevaluation {
  private final Portfolio book;
  private final String underlying;
  private final Map<String, Instrument> instruments;
  private final Volatilities held;
  private final double equityNow;

  FullRevaluation(Portfolio book, String underlying) {
    this.book = book;
    this.underlying = underlying;
    this.instruments = book.instrumentsBySymbol();
    BookExposure now = ExposureCalculator.DEFAULT.compute(book);
    Map<String, BigDecimal> vols = new TreeMap<>(book.market().volatilities().options());
    for (PositionExposure position : now.positions()) {
      if (position.type() == AssetType.OPTION && position.volatility() != null) {
        vols.put(position.symbol(), BigDecimal.valueOf(position.volatility()));
      }
    }
    Volatilities given = book.market().volatilities();
    this.held = new Volatilities(vols, given.underlyings(), given.smiles());
    this.equityNow = equityOnIt(now, book.market());
  }

  /** The change of equity if the underlying moved by {@code move} now. */
  double today(double move) {
    return change(move, book.market().asOf());
  }

  /** The change of equity if it moved by {@code move} and time passed to {@code at}. */
  double at(Instant at, double move) {
    return change(move, at);
  }

  private double change(double move, Instant at) {
    MarketSnapshot market = book.market();
    BigDecimal factor = BigDecimal.valueOf(1 + move);
    Map<String, Price> prices = new TreeMap<>();
    market
        .prices()
        .forEach(
            (symbol, price) ->
                prices.put(
                    symbol,
                    onIt(symbol)
                        ? new Price(symbol, price.value().multiply(factor), price.asOf())
                        : price));
    Map<String, FxRate> fx = new TreeMap<>(market.fxRates());
    FxRate coin = fx.get(underlying);
    if (coin != null) {
      fx.put(underlying, new FxRate(underlying, coin.rate().multiply(factor), coin.asOf()));
    }
    Map<String, IndexUnderlying> indexes = new TreeMap<>(market.underlyings());
    IndexUnderlying index = indexes.get(underlying);
    if (index != null) {
      indexes.put(
          underlying,
          new IndexUnderlying(
              underlying,
              index.price().multiply(factor),
              index.currency(),
              index.line(),
              index.beta()));
    }
    MarketSnapshot moved =
        new MarketSnapshot(
            at, prices, fx, held, market.rates(), market.yields(), market.funding(), indexes);
    return equityOnIt(ExposureCalculator.DEFAULT.compute(book, moved), moved) - equityNow;
  }

  private boolean onIt(String symbol) {
    Instrument instrument = instruments.get(symbol);
    return instrument != null && Roots.of(instrument, instruments).equals(underlying);
  }

  /**
   * What the underlying's positions add to equity: market values, but an option at its model value
   * (its mark does not move), options without a volatility left out as the profile leaves them.
   */
  private double equityOnIt(BookExposure exposure, MarketSnapshot market) {
    double equity = 0;
    for (PositionExposure position : exposure.positions()) {
      if (!position.root().equals(underlying)) {
        continue;
      }
      if (position.type() != AssetType.OPTION) {
        equity += position.marketValue();
      } else if (position.volatility() != null) {
        Instrument option = instruments.get(position.symbol());
        equity +=
            position.quantity()
                * option.multiplier().doubleValue()
                * position.unit().price()
                * fx(market, currencyOf(option.terms().underlying(), market));
      }
    }
    for (CashBalance balance : book.cash()) {
      if (balance.currency().equals(underlying)) {
        equity += balance.amount().doubleValue() * fx(market, underlying);
      }
    }
    return equity;
  }

  private String currencyOf(String symbol, MarketSnapshot market) {
    Instrument instrument = instruments.get(symbol);
    return instrument != null
        ? instrument.quoteCurrency()
        : market.underlyings().get(symbol).currency();
  }

  private double fx(MarketSnapshot market, String currency) {
    if (currency.equals(book.baseCurrency())) {
      return 1;
    }
    FxRate rate = market.fxRates().get(currency);
    return rate != null
        ? rate.rate().doubleValue()
        : market.prices().get(currency).value().doubleValue();
  }

  /** Whether the book holds a position on the underlying. */
  static boolean holds(Portfolio book, Position position, String underlying) {
    Map<String, Instrument> instruments = book.instrumentsBySymbol();
    return Roots.of(instruments.get(position.symbol()), instruments).equals(underlying);
  }
}
