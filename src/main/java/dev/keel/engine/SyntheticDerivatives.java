package dev.keel.engine;

import dev.keel.analytics.pricing.OptionModel;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.model.Account;
import dev.keel.model.AssetClass;
import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.ExerciseStyle;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Derivatives added to a synthetic book, for the exposure benchmarks: listed options on its US
 * stocks (calls and puts, European and American, monthly expiries over two years, strikes around
 * the price), index futures, and linear and inverse perpetuals on its coins, with volatilities,
 * rates, yields, funding and entry prices. Option marks are model prices at a volatility near the
 * snapshot's, so most imply one and a few far out of the money do not. The same seed gives the same
 * book.
 */
public final class SyntheticDerivatives {
  private static final String CLASS = "derivatives";
  private static final String INDEX = "SYNX";
  private static final int UNDERLYINGS = 50;

  private SyntheticDerivatives() {}

  /**
   * The book with {@code options} option positions and {@code contracts} futures and perpetuals
   * positions added, spread over its accounts.
   */
  public static Portfolio add(Portfolio book, int options, int contracts, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<Instrument> stocks =
        book.instruments().stream()
            .filter(i -> i.type() == AssetType.STOCK && i.quoteCurrency().equals("USD"))
            .limit(UNDERLYINGS)
            .toList();
    List<Instrument> coins =
        book.instruments().stream()
            .filter(i -> i.type() == AssetType.CRYPTO_SPOT)
            .limit(10)
            .toList();
    List<Account> accounts = book.accounts();
    MarketSnapshot market = book.market();
    Map<String, Price> prices = new LinkedHashMap<>(market.prices());
    Map<String, BigDecimal> underlyingVols = new LinkedHashMap<>();
    Map<String, BigDecimal> optionVols = new LinkedHashMap<>();
    Map<String, BigDecimal> yields = new LinkedHashMap<>();
    List<Instrument> instruments = new ArrayList<>(book.instruments());
    List<Position> positions = new ArrayList<>(book.positions());
    double rate = 0.04;
    for (Instrument stock : stocks) {
      if (random.nextInt(4) > 0) {
        underlyingVols.put(stock.symbol(), BigDecimal.valueOf(15 + random.nextInt(45), 2));
      }
      yields.put(stock.symbol(), BigDecimal.valueOf(random.nextInt(30), 3));
    }
    for (int i = 0; i < options && !stocks.isEmpty(); i++) {
      Instrument stock = stocks.get(i % stocks.size());
      double spot = prices.get(stock.symbol()).value().doubleValue();
      LocalDate expiry = thirdFriday(market.asOf().toString().substring(0, 7), 1 + i % 24);
      double strike = roundStrike(spot * (0.7 + 0.6 * random.nextDouble()));
      OptionRight right = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
      ExerciseStyle exercise = i % 5 == 0 ? ExerciseStyle.EUROPEAN : ExerciseStyle.AMERICAN;
      String symbol =
          String.format(
              "%s-%s-%s-%s",
              stock.symbol(),
              expiry.toString().replace("-", ""),
              right == OptionRight.CALL ? "C" : "P",
              BigDecimal.valueOf(strike).stripTrailingZeros().toPlainString());
      if (prices.containsKey(symbol)) {
        symbol = symbol + "-" + i;
      }
      BigDecimal strikeDecimal = BigDecimal.valueOf(strike);
      instruments.add(
          new Instrument(
              symbol,
              symbol,
              CLASS,
              AssetType.OPTION,
              "USD",
              BigDecimal.ONE,
              BigDecimal.ONE,
              BigDecimal.ZERO,
              new BigDecimal("0.01"),
              BigDecimal.valueOf(100),
              DerivativeTerms.option(stock.symbol(), expiry, strikeDecimal, right)
                  .withExercise(exercise)));
      BigDecimal vol = underlyingVols.get(stock.symbol());
      double markVol = (vol == null ? 0.3 : vol.doubleValue()) * (0.9 + 0.2 * random.nextDouble());
      if (i % 3 == 0) {
        optionVols.put(symbol, BigDecimal.valueOf(markVol).setScale(4, RoundingMode.HALF_EVEN));
      }
      double years = (expiry.toEpochDay() - market.asOf().getEpochSecond() / 86400.0) / 365.0;
      double model =
          OptionPricer.DEFAULT.price(
              new OptionSpec(
                  right,
                  exercise,
                  OptionModel.BLACK_SCHOLES_MERTON,
                  spot,
                  strike,
                  Math.max(years, 1e-3),
                  rate,
                  yields.get(stock.symbol()).doubleValue(),
                  markVol));
      BigDecimal mark =
          BigDecimal.valueOf(Math.max(0.01, model)).setScale(2, RoundingMode.HALF_EVEN);
      prices.put(symbol, new Price(symbol, mark, market.asOf()));
      int quantity = (1 + random.nextInt(20)) * (random.nextInt(3) == 0 ? -1 : 1);
      positions.add(
          new Position(
              accounts.get(i % accounts.size()).id(), symbol, BigDecimal.valueOf(quantity)));
    }
    Map<String, BigDecimal> funding = new LinkedHashMap<>();
    BigDecimal indexPrice = new BigDecimal("5000.00");
    int kinds = coins.isEmpty() ? 1 : 3;
    for (int i = 0; i < contracts; i++) {
      // account first, then kind, then which contract: no account holds the same one twice
      Account account = accounts.get(i % accounts.size());
      int kind = (i / accounts.size()) % kinds;
      int which = i / (accounts.size() * kinds);
      String symbol;
      Instrument contract;
      BigDecimal price;
      if (kind == 0) {
        LocalDate expiry =
            thirdFriday(market.asOf().toString().substring(0, 7), 3 * (1 + which % 8));
        symbol = INDEX + "-" + expiry.toString().replace("-", "");
        price = indexPrice.add(BigDecimal.valueOf(10L * (1 + which % 8)));
        contract =
            new Instrument(
                symbol,
                symbol,
                CLASS,
                AssetType.FUTURE,
                "USD",
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                new BigDecimal("0.25"),
                BigDecimal.valueOf(50),
                DerivativeTerms.future(INDEX, expiry));
      } else {
        Instrument coin = coins.get(which % coins.size());
        boolean inverse = kind == 2;
        symbol = coin.symbol() + (inverse ? "-INV" : "-PERP");
        price = prices.get(coin.symbol()).value();
        DerivativeTerms terms = DerivativeTerms.perpetual(coin.symbol());
        contract =
            new Instrument(
                symbol,
                symbol,
                CLASS,
                AssetType.PERPETUAL,
                "USD",
                inverse ? BigDecimal.ONE : new BigDecimal("0.001"),
                inverse ? BigDecimal.ONE : new BigDecimal("0.001"),
                BigDecimal.ZERO,
                new BigDecimal("0.01"),
                BigDecimal.ONE,
                inverse ? terms.inverse(BigDecimal.TEN, coin.symbol()) : terms);
        funding.put(symbol, BigDecimal.valueOf(random.nextInt(30) - 5, 6));
      }
      if (!prices.containsKey(symbol)) {
        instruments.add(contract);
        prices.put(symbol, new Price(symbol, price, market.asOf()));
      }
      BigDecimal entry =
          price
              .multiply(BigDecimal.valueOf(95 + random.nextInt(11)))
              .movePointLeft(2)
              .setScale(2, RoundingMode.HALF_EVEN);
      int quantity =
          (1 + random.nextInt(contract.terms().isInverse() ? 2000 : 10))
              * (random.nextBoolean() ? 1 : -1);
      positions.add(new Position(account.id(), symbol, BigDecimal.valueOf(quantity), entry));
    }
    List<AssetClass> classes = new ArrayList<>(book.assetClasses());
    classes.add(new AssetClass(CLASS, "Derivatives", null));
    MarketSnapshot withDerivatives =
        market
            .withPrices(prices)
            .withDerivativesData(
                new Volatilities(optionVols, underlyingVols, List.of()),
                Map.of("USD", BigDecimal.valueOf(rate)),
                yields,
                funding,
                Map.of(INDEX, new IndexUnderlying(INDEX, indexPrice, "USD", null, BigDecimal.ONE)));
    return book.toBuilder()
        .assetClasses(classes)
        .instruments(instruments)
        .positions(positions)
        .market(withDerivatives)
        .build();
  }

  /** The third Friday of the month {@code monthsAhead} after {@code yearMonth} (YYYY-MM). */
  private static LocalDate thirdFriday(String yearMonth, int monthsAhead) {
    LocalDate first = LocalDate.parse(yearMonth + "-01").plusMonths(monthsAhead);
    return first.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
  }

  /** A strike on the grid listed options use: 1 below 100, 5 above. */
  private static double roundStrike(double strike) {
    double step = strike < 100 ? 1 : 5;
    return Math.max(step, Math.round(strike / step) * step);
  }
}
