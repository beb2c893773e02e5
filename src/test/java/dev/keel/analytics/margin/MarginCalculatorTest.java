package dev.keel.analytics.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.CashBalance;
import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/margin.md, whose figures were worked out by hand and again, apart, in
 * exact fractions; and the liquidation prices and shock checked by valuing the book again at them,
 * where the margin ratio must be 100 %.
 */
class MarginCalculatorTest {
  /** Money of the example, in USDT: its figures are exact to well under a cent. */
  private static final double CENT = 1e-6;

  /** A ratio worked out again at a liquidation price: 1 to the solver's accuracy. */
  private static final double AT_LIQUIDATION = 1e-9;

  private static final Path EXAMPLE = Path.of("src/test/resources/margin/worked-example.json");

  private final Portfolio book = TestPortfolios.read(EXAMPLE);
  private final BookMargin margin = MarginCalculator.DEFAULT.compute(book);

  @Test
  void crossAccount_hasTheWorkedExamplesFigures() {
    AccountMarginFigures cross = account(margin, "cross");
    // 10,000 USDT + 0.5 BTC x 60,000 x 0.95
    assertThat(cross.walletBalance()).isCloseTo(38_500, within(CENT));
    // 2 x (60,000 - 58,000) + -10 x (3,000 - 3,200)
    assertThat(cross.unrealisedPnl()).isCloseTo(6_000, within(CENT));
    assertThat(cross.marginBalance()).isCloseTo(44_500, within(CENT));
    // 120,000 x 0.5 % - 50 and 30,000 x 0.65 % - 15
    assertThat(cross.maintenanceMargin()).isCloseTo(730, within(CENT));
    // 120,000 / 20 + 30,000 / 10
    assertThat(cross.initialMargin()).isCloseTo(9_000, within(CENT));
    assertThat(cross.marginRatio()).isCloseTo(730.0 / 44_500, within(1e-15));
    assertThat(cross.freeCollateral()).isCloseTo(35_500, within(CENT));
    // 120,000 + 30,000 of perpetuals and 30,000 of spot BTC over the margin balance
    assertThat(cross.leverage()).isCloseTo(180_000.0 / 44_500, within(1e-12));
    assertThat(cross.healthFactor()).isNull();
    // MB(m) = 44,500 + 118,500 m, MM(m) = 730 + 795 m
    assertThat(cross.shockToLiquidation()).isCloseTo(-43_770.0 / 117_705, within(1e-10));
  }

  @Test
  void withoutShock_leavesOnlyTheShockOut() {
    BookMargin without = MarginCalculator.WITHOUT_SHOCK.compute(book);
    for (AccountMarginFigures full : margin.accounts()) {
      AccountMarginFigures quick = account(without, full.account());
      assertThat(quick.shockToLiquidation()).isNull();
      assertThat(quick.marginBalance()).isEqualTo(full.marginBalance());
      assertThat(quick.maintenanceMargin()).isEqualTo(full.maintenanceMargin());
      assertThat(quick.marginRatio()).isEqualTo(full.marginRatio());
    }
    assertThat(without.positions()).isEqualTo(margin.positions());
    assertThat(account(margin, "cross").shockToLiquidation()).isNotNull();
  }

  @Test
  void crossLiquidationPrices_areTheWorkedExamples() {
    assertThat(position(margin, "BTCUSDT").liquidationPrice())
        .isCloseTo(75_630 / 1.99, within(CENT));
    assertThat(position(margin, "ETHUSDT").liquidationPrice())
        .isCloseTo(73_965 / 10.065, within(CENT));
    assertThat(position(margin, "BTCUSDT").maintenanceMargin()).isCloseTo(550, within(CENT));
    assertThat(position(margin, "ETHUSDT").notional()).isCloseTo(30_000, within(CENT));
  }

  @Test
  void isolatedPosition_isLiquidatedOnItsOwnMargin() {
    AccountMarginFigures isolated = account(margin, "isolated");
    // its own margin: 1,500 + 100 x (140 - 150) = 500; maintenance 14,000 x 2.5 % - 75 = 275
    assertThat(isolated.marginRatio()).isCloseTo(0.55, within(1e-15));
    assertThat(position(margin, "SOLUSDT").liquidationPrice())
        .isCloseTo(13_425 / 97.5, within(CENT));
    assertThat(isolated.shockToLiquidation()).isCloseTo(13_425 / 97.5 / 140 - 1, within(1e-10));
  }

  @Test
  void atACrossLiquidationPrice_theAccountIsAtAHundredPercent() {
    for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
      double price = position(margin, symbol).liquidationPrice();
      BookMargin there =
          MarginCalculator.DEFAULT.compute(book, withPrices(book.market(), Map.of(symbol, price)));
      assertThat(account(there, "cross").marginRatio())
          .as(symbol + " at " + price)
          .isCloseTo(1, within(AT_LIQUIDATION));
    }
  }

  @Test
  void atTheShockToLiquidation_theAccountIsAtAHundredPercent() {
    double shock = account(margin, "cross").shockToLiquidation();
    Map<String, Double> moved = new LinkedHashMap<>();
    for (String symbol : List.of("BTC", "BTCUSDT", "ETH", "ETHUSDT", "SOL", "SOLUSDT")) {
      moved.put(symbol, book.market().prices().get(symbol).value().doubleValue() * (1 + shock));
    }
    BookMargin there = MarginCalculator.DEFAULT.compute(book, withPrices(book.market(), moved));
    assertThat(account(there, "cross").marginRatio()).isCloseTo(1, within(AT_LIQUIDATION));
    // the isolated SOL position went at -1.6 %: its own margin is gone, so it has no ratio
    assertThat(account(there, "isolated").marginRatio()).isNull();
    assertThat(account(there, "isolated").atLiquidation()).isTrue(); // its own margin is gone
  }

  @Test
  void aLongThatNoPriceCanLiquidate_hasNoLiquidationPrice() {
    List<CashBalance> cash = new ArrayList<>(book.cash());
    cash.add(new CashBalance("cross", "USDT", new BigDecimal("200000")));
    Portfolio rich = book.toBuilder().book(withCash(book, cash)).build();
    BookMargin figures = MarginCalculator.DEFAULT.compute(rich);
    // the long BTC perpetual: its loss at a price of 0 is 116,000, below the collateral
    assertThat(position(figures, "BTCUSDT").liquidationPrice()).isNull();
    assertThat(position(figures, "ETHUSDT").liquidationPrice()).isNotNull(); // a short always can
  }

  @Test
  void aLoan_isOwedInFull_evenInACurrencyThatIsNotCollateral() {
    // the sample's cross account counts USDT, BTC and SOL as collateral, not USDC
    Portfolio sample = TestPortfolios.read(Path.of("sample-portfolios/margin-binance.json"));
    List<CashBalance> cash = new ArrayList<>(sample.cash());
    cash.add(new CashBalance("binance", "USDC", new BigDecimal("-1000")));
    Portfolio indebted = sample.toBuilder().book(withCash(sample, cash)).build();
    double before = account(MarginCalculator.DEFAULT.compute(sample), "binance").walletBalance();
    double after = account(MarginCalculator.DEFAULT.compute(indebted), "binance").walletBalance();
    assertThat(before - after).isCloseTo(1000 * 0.9998, within(CENT)); // at its price, no haircut
  }

  @Test
  void anAccountPastLiquidation_isNamedInAWarning() {
    List<CashBalance> cash = new ArrayList<>(book.cash());
    cash.add(new CashBalance("cross", "USDT", new BigDecimal("-44000")));
    Portfolio broke = book.toBuilder().book(withCash(book, cash)).build();
    BookMargin figures = MarginCalculator.DEFAULT.compute(broke);
    // margin balance 500 against a maintenance margin of 730
    assertThat(account(figures, "cross").marginRatio()).isCloseTo(730.0 / 500, within(1e-12));
    assertThat(account(figures, "cross").shockToLiquidation()).isZero();
    assertThat(account(figures, "cross").atLiquidation()).isTrue();
    assertThat(account(margin, "cross").atLiquidation()).isFalse();
    assertThat(figures.warnings())
        .contains(
            "cross: at or past liquidation now: its margin balance does not cover its"
                + " maintenance margin");
  }

  @Test
  void aCashAccount_isNotMarginedAndCannotBeLiquidated() {
    BookMargin stocks =
        MarginCalculator.DEFAULT.compute(TestPortfolios.read(TestPortfolios.STOCKS));
    assertThat(stocks.accounts())
        .allSatisfy(
            a -> {
              assertThat(a.maintenanceMargin()).isZero();
              assertThat(a.shockToLiquidation()).isNull();
              assertThat(a.marginRatio()).isNull(); // it keeps no maintenance margin
            });
    assertThat(stocks.positions()).isEmpty();
    assertThat(stocks.warnings()).isEmpty();
  }

  @Test
  void aCashAccountHoldingPerpetuals_isNamedInAWarning() {
    BookMargin crypto =
        MarginCalculator.DEFAULT.compute(TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES));
    assertThat(crypto.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("deribit holds perpetuals, futures or short"));
    assertThat(crypto.accounts()).allSatisfy(a -> assertThat(a.marginRatio()).isNull());
  }

  private static dev.keel.model.Book withCash(Portfolio book, List<CashBalance> cash) {
    dev.keel.model.Book b = book.book();
    return new dev.keel.model.Book(
        b.accounts(), b.assetClasses(), b.instruments(), b.positions(), cash);
  }

  private static MarketSnapshot withPrices(MarketSnapshot market, Map<String, Double> prices) {
    Map<String, Price> all = new LinkedHashMap<>(market.prices());
    prices.forEach(
        (symbol, price) -> {
          Price was = all.get(symbol);
          all.put(symbol, new Price(symbol, BigDecimal.valueOf(price), was.asOf()));
        });
    return market.withPrices(all);
  }

  private static AccountMarginFigures account(BookMargin margin, String id) {
    return margin.accounts().stream().filter(a -> a.account().equals(id)).findFirst().orElseThrow();
  }

  private static PositionMarginFigures position(BookMargin margin, String symbol) {
    return margin.positions().stream()
        .filter(p -> p.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }
}
