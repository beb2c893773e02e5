package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.MovedOption;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A book's snapshot with every price that moves moved by the same fraction, written out price by
 * price (coins, stocks, contracts, coins' FX rates, index underlyings, and each option's mark set
 * to its repriced one): the second route to a shock to liquidation, revaluing the whole book there.
 */
final class MovedMarkets {
  private MovedMarkets() {}

  static MarketSnapshot moved(Portfolio book, double move) {
    MarketSnapshot market = book.market();
    MarketView view = new MarketView(book, market);
    Map<String, Price> prices = new LinkedHashMap<>(market.prices());
    market
        .prices()
        .forEach(
            (symbol, price) -> {
              Instrument instrument = view.instrument(symbol);
              double now = price.value().doubleValue();
              double moved;
              if (instrument.type() == AssetType.OPTION) {
                // a price must be positive: an option the move takes far out of the money is worth
                // less than a billionth, which no figure of these books can show
                moved = Math.max(MovedOption.of(instrument, view).mark(move), 1e-9);
              } else if (instrument.type() == AssetType.CASH
                  || instrument.type() == AssetType.STABLECOIN) {
                moved = now;
              } else {
                moved = now * (1 + move);
              }
              prices.put(symbol, new Price(symbol, BigDecimal.valueOf(moved), price.asOf()));
            });
    Map<String, FxRate> fx = new LinkedHashMap<>(market.fxRates());
    market
        .fxRates()
        .forEach(
            (currency, rate) -> {
              Instrument coin = view.instrument(currency);
              if (coin != null && coin.type() == AssetType.CRYPTO_SPOT) {
                fx.put(
                    currency,
                    new FxRate(
                        currency,
                        BigDecimal.valueOf(rate.rate().doubleValue() * (1 + move)),
                        rate.asOf()));
              }
            });
    Map<String, IndexUnderlying> indexes = new LinkedHashMap<>();
    market
        .underlyings()
        .forEach(
            (symbol, index) ->
                indexes.put(
                    symbol,
                    new IndexUnderlying(
                        symbol,
                        BigDecimal.valueOf(index.price().doubleValue() * (1 + move)),
                        index.currency(),
                        index.line(),
                        index.beta())));
    return market
        .withPrices(prices)
        .withFxRates(fx)
        .withDerivativesData(
            market.volatilities(), market.rates(), market.yields(), market.funding(), indexes);
  }

  /** The snapshot with one price set. */
  static MarketSnapshot withPrice(MarketSnapshot market, String symbol, double price) {
    Price was = market.prices().get(symbol);
    return market.withPrice(new Price(symbol, BigDecimal.valueOf(price), was.asOf()));
  }
}
