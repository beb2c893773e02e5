package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A book's market data under stress scenarios, for a full revaluation (docs/stress.md): every price
 * written on an underlying moved with it, coins' FX rates with them, index prices too, time stepped
 * on, and each option the book holds repriced at its shocked underlying, shocked volatility and
 * shorter time, its mark set to that price.
 *
 * <p>An option's volatility today (the snapshot's, else the one its mark implies) is worked out
 * once, here, for every scenario. An option with neither keeps its mark in every scenario and is
 * named in {@link #warnings()}.
 */
public final class ShockedMarkets {
  private static final double SECONDS_PER_DAY = 24 * 60 * 60;

  /**
   * The mark given to an option the model values at 0 (far out of the money after a shock): a price
   * must be above 0, and this one adds nothing a report shows.
   */
  private static final double WORTHLESS = 1e-12;

  private final Portfolio portfolio;
  private final MarketSnapshot market;
  private final MarketView view;
  private final OptionValuer valuer;
  private final Map<String, Double> volToday = new LinkedHashMap<>();
  private final Map<String, Double> daysToExpiry = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** The held options of a valid portfolio, valued under {@code market}. */
  public ShockedMarkets(Portfolio portfolio, MarketSnapshot market) {
    this.portfolio = portfolio;
    this.market = market;
    this.view = new MarketView(portfolio, market);
    this.valuer = new OptionValuer(OptionPricer.DEFAULT, ImpliedVolatility.DEFAULT);
    Set<String> seen = new HashSet<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = view.instrument(position.symbol());
      if (instrument.type() != AssetType.OPTION
          || position.quantity().signum() == 0
          || !seen.add(instrument.symbol())) {
        continue;
      }
      OptionValuer.Inputs inputs = valuer.inputs(instrument, view);
      if (inputs.hasVolatility()) {
        volToday.put(instrument.symbol(), inputs.spec().volatility());
        daysToExpiry.put(
            instrument.symbol(),
            Math.max(0, Duration.between(market.asOf(), inputs.expiresAt()).getSeconds())
                / SECONDS_PER_DAY);
      } else {
        warnings.add(
            instrument.symbol()
                + ": no volatility given and its price implies none, so it is kept at its mark"
                + " in every scenario: add it to volatilities");
      }
    }
  }

  /** The market the book is valued with today, before any shock. */
  public MarketSnapshot today() {
    return market;
  }

  /** Options kept at their marks, as they have no volatility. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The market after {@code shock}, every held option with a volatility repriced in it. */
  public MarketSnapshot under(MarketShock shock) {
    double baseMove = shock.move(portfolio.baseCurrency());
    Map<String, Price> prices = new TreeMap<>();
    market.prices().forEach((symbol, price) -> prices.put(symbol, moved(price, shock, baseMove)));
    Map<String, FxRate> fxRates = new TreeMap<>();
    market
        .fxRates()
        .forEach(
            (currency, rate) ->
                fxRates.put(
                    currency,
                    new FxRate(
                        currency,
                        times(rate.rate(), (1 + shock.move(currency)) / (1 + baseMove)),
                        rate.asOf())));
    Map<String, IndexUnderlying> underlyings = new TreeMap<>();
    market
        .underlyings()
        .forEach(
            (symbol, index) ->
                underlyings.put(
                    symbol,
                    new IndexUnderlying(
                        symbol,
                        times(
                            index.price(),
                            (1 + shock.move(symbol)) / (1 + shockOfCurrency(shock, index))),
                        index.currency(),
                        index.line(),
                        index.beta())));
    Map<String, BigDecimal> vols = new TreeMap<>();
    volToday.forEach(
        (symbol, vol) -> {
          String root = view.root(view.instrument(symbol));
          vols.put(symbol, BigDecimal.valueOf(shock.vol(root, vol, daysToExpiry.get(symbol))));
        });
    Instant asOf = market.asOf().plusMillis(Math.round(shock.days() * SECONDS_PER_DAY * 1000));
    MarketSnapshot moved =
        new MarketSnapshot(
            asOf,
            prices,
            fxRates,
            new Volatilities(vols, Map.of(), List.of()),
            market.rates(),
            market.yields(),
            market.funding(),
            underlyings);
    return repriceOptions(moved);
  }

  private static double shockOfCurrency(MarketShock shock, IndexUnderlying index) {
    return shock.move(index.currency());
  }

  /**
   * A price moved with its root underlying, against its quote currency's own move (ETH quoted in
   * BTC moves by (1 + m_ETH) / (1 + m_BTC)); cash and stablecoins and options are left as they are
   * (options are repriced after).
   */
  private Price moved(Price price, MarketShock shock, double baseMove) {
    Instrument instrument = view.instrument(price.symbol());
    if (instrument == null
        || instrument.type() == AssetType.OPTION
        || instrument.type() == AssetType.CASH
        || instrument.type() == AssetType.STABLECOIN) {
      return price;
    }
    double factor =
        (1 + shock.move(view.root(instrument))) / (1 + shock.move(instrument.quoteCurrency()));
    return new Price(price.symbol(), times(price.value(), factor), price.asOf());
  }

  private MarketSnapshot repriceOptions(MarketSnapshot moved) {
    MarketView shockedView = new MarketView(portfolio, moved);
    Map<String, Price> prices = new TreeMap<>(moved.prices());
    for (String symbol : volToday.keySet()) {
      OptionValuer.Inputs inputs = valuer.inputs(shockedView.instrument(symbol), shockedView);
      double premium = valuer.pricer().price(inputs.spec()) / inputs.premiumFactor();
      Instant observed = market.price(symbol).map(Price::asOf).orElse(moved.asOf());
      prices.put(
          symbol, new Price(symbol, BigDecimal.valueOf(Math.max(WORTHLESS, premium)), observed));
    }
    return moved.withPrices(prices);
  }

  private static BigDecimal times(BigDecimal value, double factor) {
    return factor == 1 ? value : BigDecimal.valueOf(value.doubleValue() * factor);
  }
}
