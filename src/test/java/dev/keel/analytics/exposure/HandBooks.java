package dev.keel.analytics.exposure;

import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Venue;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small books written out a contract at a time for the P&amp;L profile's tests: one account, USD
 * base, every instrument in one class, market data as given.
 */
final class HandBooks {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  private static final String ACCOUNT = "main";
  private static final String CLASS = "all";

  private final List<Instrument> instruments = new ArrayList<>();
  private final List<Position> positions = new ArrayList<>();
  private final List<CashBalance> cash = new ArrayList<>();
  private final Map<String, Price> prices = new LinkedHashMap<>();
  private final Map<String, FxRate> fx = new LinkedHashMap<>();
  private final Map<String, BigDecimal> vols = new LinkedHashMap<>();
  private final Map<String, BigDecimal> rates = new LinkedHashMap<>();

  static HandBooks book() {
    return new HandBooks();
  }

  /** A stock or coin priced in USD, not held. */
  HandBooks spot(String symbol, AssetType type, String price) {
    instruments.add(
        Instrument.spot(
            symbol,
            symbol,
            CLASS,
            type,
            "USD",
            new BigDecimal("0.0001"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            new BigDecimal("0.01")));
    return price(symbol, price);
  }

  /** A European option of multiplier 100, expiring at an instant, at a volatility. */
  HandBooks option(
      String symbol,
      String underlying,
      Instant expiresAt,
      String strike,
      OptionRight right,
      String vol) {
    instruments.add(
        contract(
            symbol,
            AssetType.OPTION,
            "USD",
            "100",
            DerivativeTerms.option(
                    underlying,
                    expiresAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate(),
                    new BigDecimal(strike),
                    right)
                .expiringAt(expiresAt)));
    vols.put(symbol, new BigDecimal(vol));
    return this;
  }

  /** A linear perpetual of multiplier 1, priced. */
  HandBooks linearPerpetual(String symbol, String underlying, String price) {
    instruments.add(
        contract(symbol, AssetType.PERPETUAL, "USD", "1", DerivativeTerms.perpetual(underlying)));
    return price(symbol, price);
  }

  /** An inverse perpetual of 10 USD a contract, settled in a coin, priced. */
  HandBooks inversePerpetual(String symbol, String underlying, String coin, String price) {
    instruments.add(
        contract(
            symbol,
            AssetType.PERPETUAL,
            "USD",
            "1",
            DerivativeTerms.perpetual(underlying).inverse(BigDecimal.TEN, coin)));
    return price(symbol, price);
  }

  HandBooks price(String symbol, String price) {
    prices.put(symbol, new Price(symbol, new BigDecimal(price), AS_OF));
    return this;
  }

  HandBooks fx(String currency, String rate) {
    fx.put(currency, new FxRate(currency, new BigDecimal(rate), AS_OF));
    return this;
  }

  HandBooks rate(String currency, String rate) {
    rates.put(currency, new BigDecimal(rate));
    return this;
  }

  HandBooks hold(String symbol, String quantity) {
    positions.add(new Position(ACCOUNT, symbol, new BigDecimal(quantity)));
    return this;
  }

  HandBooks hold(String symbol, String quantity, String entryPrice) {
    positions.add(
        new Position(ACCOUNT, symbol, new BigDecimal(quantity), new BigDecimal(entryPrice)));
    return this;
  }

  HandBooks cash(String currency, String amount) {
    cash.add(new CashBalance(ACCOUNT, currency, new BigDecimal(amount)));
    return this;
  }

  Portfolio build() {
    MarketSnapshot market =
        new MarketSnapshot(AS_OF, prices, fx)
            .withDerivativesData(
                new Volatilities(vols, Map.of(), List.of()), rates, Map.of(), Map.of(), Map.of());
    return Portfolio.builder()
        .name("hand book")
        .baseCurrency("USD")
        .accounts(List.of(new Account(ACCOUNT, "Main", Venue.IBKR)))
        .assetClasses(List.of(new AssetClass(CLASS, "All", null)))
        .instruments(instruments)
        .positions(positions)
        .cash(cash)
        .market(market)
        .build();
  }

  private static Instrument contract(
      String symbol, AssetType type, String quote, String multiplier, DerivativeTerms terms) {
    return new Instrument(
        symbol,
        symbol,
        CLASS,
        type,
        quote,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal("0.01"),
        new BigDecimal(multiplier),
        terms);
  }
}
