package dev.keel.analytics.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Account;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.margin.MarginRules;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/margin.md for the rule kinds beyond leverage tiers, each figure
 * worked out by hand (the arithmetic in the comments), and checked a second way: the book valued
 * again at each liquidation price, and again with every price moved by the shock, where the account
 * must stand at liquidation.
 */
class MarginRuleKindsTest {
  /** Money of the examples: exact to well under a cent. */
  private static final double CENT = 1e-6;

  /** A ratio worked out again at a liquidation price or shock: 1 to the solvers' accuracy. */
  private static final double AT_LIQUIDATION = 1e-9;

  /** A move found by the solver, against its hand value: Brent's accuracy is 1e-12. */
  private static final double MOVE = 1e-10;

  private static final Path FOLDER = Path.of("src/test/resources/margin");
  private static final Portfolio DERIBIT =
      TestPortfolios.read(FOLDER.resolve("deribit-example.json"));
  private static final Portfolio REG_T = TestPortfolios.read(FOLDER.resolve("regt-example.json"));
  private static final Portfolio LOANS =
      TestPortfolios.read(FOLDER.resolve("spot-loan-example.json"));
  private static final Portfolio LENDING =
      TestPortfolios.read(FOLDER.resolve("lending-example.json"));

  @Test
  void deribit_crossAccount_hasTheHandFigures() {
    BookMargin margin = MarginCalculator.DEFAULT.compute(DERIBIT);
    AccountMarginFigures deribit = account(margin, "deribit");
    assertThat(deribit.walletBalance()).isCloseTo(100_000, within(CENT)); // 1 BTC at 100,000
    // 50,000 x 10 USD x (1/80,000 - 1/100,000) = 1.25 BTC
    assertThat(deribit.unrealisedPnl()).isCloseTo(125_000, within(CENT));
    // options at their marks: -2 x 0.02 - 0.015 + 0.005 = -0.05 BTC
    assertThat(deribit.marginBalance()).isCloseTo(220_000, within(CENT));
    // perpetual 5 BTC x (1 % + 5 x 0.005 %) = 0.05125; calls 2 x (0.075 + 0.02) = 0.19;
    // put max(0.075, 0.075 x 0.015) + 0.015 = 0.09: 0.33125 BTC
    assertThat(deribit.maintenanceMargin()).isCloseTo(33_125, within(CENT));
    // perpetual 5 x (2 % + 5 x 0.005 %) = 0.10125; calls 2 x (max(0.15 - 20,000/100,000, 0.1) +
    // 0.02) = 0.24; put max(max(0.15 - 10,000/100,000, 0.1) + 0.015, 0.09) = 0.115: 0.45625 BTC
    assertThat(deribit.initialMargin()).isCloseTo(45_625, within(CENT));
    assertThat(deribit.marginRatio()).isCloseTo(33_125.0 / 220_000, within(1e-15));
    assertThat(deribit.freeCollateral()).isCloseTo(174_375, within(CENT));
    assertThat(deribit.healthFactor()).isNull();
    assertThat(deribit.marginLevel()).isNull();

    assertThat(position(margin, "BTC-PERPETUAL").maintenanceMargin())
        .isCloseTo(5_125, within(CENT));
    assertThat(position(margin, "BTC-PERPETUAL").initialMargin()).isCloseTo(10_125, within(CENT));
    assertThat(position(margin, "BTC-26MAR27-120000-C").maintenanceMargin())
        .isCloseTo(19_000, within(CENT));
    assertThat(position(margin, "BTC-26MAR27-120000-C").initialMargin())
        .isCloseTo(24_000, within(CENT));
    assertThat(position(margin, "BTC-26MAR27-90000-P").maintenanceMargin())
        .isCloseTo(9_000, within(CENT));
    assertThat(position(margin, "BTC-26MAR27-90000-P").initialMargin())
        .isCloseTo(11_500, within(CENT));
    // the long put holds no margin and is not listed; the options have no price of their own
    assertThat(margin.positions()).extracting(PositionMarginFigures::symbol).hasSize(4);
    assertThat(position(margin, "BTC-26MAR27-90000-P").liquidationPrice()).isNull();
    assertThat(position(margin, "BTC-26MAR27-90000-P").liquidationPriceApplies()).isFalse();
  }

  @Test
  void deribit_inverseLiquidationPrices_areTheClosedForms() {
    BookMargin margin = MarginCalculator.DEFAULT.compute(DERIBIT);
    // long: E = (220,000 - 125,000 - 28,000) / 100,000 = 0.67 BTC, c = 0.67 + 500,000 / 80,000 =
    // 6.92, B = 500,000 x 1.01, A = 0.00005 x 500,000^2; x = 2c / (B + sqrt(B^2 + 4Ac))
    double b = 505_000;
    double a = 12_500_000;
    double x = 2 * 6.92 / (b + Math.sqrt(b * b + 4 * a * 6.92));
    assertThat(position(margin, "BTC-PERPETUAL").liquidationPrice()).isCloseTo(1 / x, within(CENT));
    assertThat(1 / x).isCloseTo(73_001.62, within(0.01));
    // short: E = 0.4, c = 0.4 - 100,000 / 100,000 = -0.6, B = 100,000 x -0.99, A = 500,000;
    // the rise root x = 2c / (B - sqrt(B^2 + 4Ac))
    double shortB = -99_000;
    double shortX = 2 * -0.6 / (shortB - Math.sqrt(shortB * shortB + 4 * 500_000 * -0.6));
    assertThat(position(margin, "BTC-26MAR27").liquidationPrice())
        .isCloseTo(1 / shortX, within(CENT));
    assertThat(1 / shortX).isCloseTo(164_994.95, within(0.01));
  }

  @Test
  void deribit_atEachLiquidationPrice_theAccountIsAtAHundredPercent() {
    BookMargin margin = MarginCalculator.DEFAULT.compute(DERIBIT);
    for (String[] contract :
        new String[][] {{"deribit", "BTC-PERPETUAL"}, {"deribit-short", "BTC-26MAR27"}}) {
      double price = position(margin, contract[1]).liquidationPrice();
      BookMargin there =
          MarginCalculator.DEFAULT.compute(
              DERIBIT, MovedMarkets.withPrice(DERIBIT.market(), contract[1], price));
      assertThat(account(there, contract[0]).marginRatio())
          .as(contract[1] + " at " + price)
          .isCloseTo(1, within(AT_LIQUIDATION));
    }
  }

  @Test
  void deribit_shortOnCoinCollateral_isShockedWhereItsLiquidationPriceIs() {
    AccountMarginFigures figures =
        account(MarginCalculator.DEFAULT.compute(DERIBIT), "deribit-short");
    // in USD at a move m, y = 1 + m: MB = 100,000 - 60,000 y, MM = 1,000 + 5 / y:
    // 60,000 y^2 - 99,000 y + 5 = 0, the larger root (the smaller is past -99 %)
    double y = (99_000 + Math.sqrt(99_000.0 * 99_000 - 4 * 60_000 * 5)) / 120_000;
    assertThat(figures.shockToLiquidation()).isCloseTo(y - 1, within(MOVE));
    // everything it holds is in BTC, so the common move is the future's own liquidation price
    double price =
        position(MarginCalculator.DEFAULT.compute(DERIBIT), "BTC-26MAR27").liquidationPrice();
    assertThat(figures.shockToLiquidation()).isCloseTo(price / 100_000 - 1, within(MOVE));
    assertThat(figures.maintenanceMargin()).isCloseTo(1_005, within(CENT)); // 1 BTC x 1.005 %
    assertThat(figures.initialMargin()).isCloseTo(2_005, within(CENT)); // 1 BTC x 2.005 %
  }

  @Test
  void everyExample_atItsShock_standsAtLiquidation() {
    for (Portfolio book : List.of(DERIBIT, REG_T, LOANS, LENDING)) {
      for (AccountMarginFigures figures : MarginCalculator.DEFAULT.compute(book).accounts()) {
        double shock = figures.shockToLiquidation();
        BookMargin there = MarginCalculator.DEFAULT.compute(book, MovedMarkets.moved(book, shock));
        assertThat(account(there, figures.account()).marginRatio())
            .as(book.name() + " " + figures.account() + " at " + shock)
            .isCloseTo(1, within(1e-7));
      }
    }
  }

  @Test
  void regT_stockOnALoan_hasTheHandFigures() {
    AccountMarginFigures margin = account(MarginCalculator.DEFAULT.compute(REG_T), "margin");
    // 200 x 150 + 100 x 500 = 80,000 of stock, less the 20,000 borrowed
    assertThat(margin.walletBalance()).isCloseTo(60_000, within(CENT));
    assertThat(margin.maintenanceMargin()).isCloseTo(20_000, within(CENT)); // 25 % of 80,000
    assertThat(margin.initialMargin()).isCloseTo(40_000, within(CENT)); // 50 % of 80,000
    assertThat(margin.marginRatio()).isCloseTo(1.0 / 3, within(1e-15));
    // 80,000 (1 + m) - 20,000 = 20,000 (1 + m): the loan is 75 % of the stock at m = -2/3
    assertThat(margin.shockToLiquidation()).isCloseTo(-2.0 / 3, within(MOVE));
  }

  @Test
  void regT_uncoveredOptions_haveTheCboeRequirement() {
    BookMargin book = MarginCalculator.DEFAULT.compute(REG_T);
    // call: 3 + max(20 % x 150 - (160 - 150), 10 % x 150) = 23 a share, x 200
    assertThat(position(book, "AAPL-20270115-C-160").maintenanceMargin())
        .isCloseTo(4_600, within(CENT));
    // index put: 2 + max(15 % x 500 - (500 - 470), 10 % x 470) = 2 + 47 a unit, x 100
    assertThat(position(book, "XSP-20270115-P-470").maintenanceMargin())
        .isCloseTo(4_900, within(CENT));
    AccountMarginFigures options = account(book, "options");
    assertThat(options.marginBalance()).isCloseTo(20_000 - 600 - 200, within(CENT));
    assertThat(options.maintenanceMargin()).isCloseTo(9_500, within(CENT));
    assertThat(options.initialMargin()).isCloseTo(9_500, within(CENT)); // the same, initially
  }

  @Test
  void spotLoans_haveTheirMarginLevels_andACall() {
    BookMargin book = MarginCalculator.DEFAULT.compute(LOANS);
    AccountMarginFigures longOnLoan = account(book, "long");
    // 2 BTC x 60,000 = 120,000 of assets over 96,000 borrowed
    assertThat(longOnLoan.marginLevel()).isCloseTo(1.25, within(1e-15));
    assertThat(longOnLoan.walletBalance()).isCloseTo(24_000, within(CENT));
    assertThat(longOnLoan.maintenanceMargin()).isCloseTo(9_600, within(CENT)); // (1.1 - 1) x debt
    assertThat(longOnLoan.initialMargin()).isCloseTo(48_000, within(CENT)); // (1.5 - 1) x debt
    // 120,000 (1 + m) = 1.1 x 96,000
    assertThat(longOnLoan.shockToLiquidation()).isCloseTo(105_600.0 / 120_000 - 1, within(MOVE));
    assertThat(book.warnings())
        .contains(
            "long: margin call: its margin level, 1.250, is at or below the call level of 1.3"
                + " (liquidation at 1.1)");

    AccountMarginFigures borrowedCoin = account(book, "short");
    // 50,000 USDT over 0.5 BTC x 60,000 borrowed
    assertThat(borrowedCoin.marginLevel()).isCloseTo(50_000.0 / 30_000, within(1e-15));
    // a rise liquidates it: 50,000 = 1.1 x 30,000 (1 + m)
    assertThat(borrowedCoin.shockToLiquidation()).isCloseTo(50_000.0 / 33_000 - 1, within(MOVE));
    BookMargin there =
        MarginCalculator.DEFAULT.compute(
            LOANS, MovedMarkets.moved(LOANS, borrowedCoin.shockToLiquidation()));
    assertThat(account(there, "short").marginLevel()).isCloseTo(1.1, within(AT_LIQUIDATION));
    assertThat(account(there, "short").atLiquidation()).isTrue();
  }

  @Test
  void lending_hasItsHealthFactor_andIsLiquidatedWhereItReachesOne() {
    AccountMarginFigures aave = account(MarginCalculator.DEFAULT.compute(LENDING), "aave");
    // 10 ETH x 3,000 x 0.83 = 24,900 over 20,750 of USDC
    assertThat(aave.healthFactor()).isCloseTo(1.2, within(1e-15));
    assertThat(aave.marginBalance()).isCloseTo(24_900, within(CENT));
    assertThat(aave.maintenanceMargin()).isCloseTo(20_750, within(CENT));
    assertThat(aave.marginRatio()).isCloseTo(1 / 1.2, within(1e-15));
    assertThat(aave.freeCollateral()).isCloseTo(4_150, within(CENT));
    // 24,900 (1 + m) = 20,750
    assertThat(aave.shockToLiquidation()).isCloseTo(-1.0 / 6, within(MOVE));
    BookMargin there =
        MarginCalculator.DEFAULT.compute(
            LENDING, MovedMarkets.moved(LENDING, aave.shockToLiquidation()));
    assertThat(account(there, "aave").healthFactor()).isCloseTo(1, within(AT_LIQUIDATION));
  }

  @Test
  void presetTiers_giveTheWorkedExamplesFigures_andAnInstrumentsOwnTiersWin() {
    Portfolio own = TestPortfolios.read(FOLDER.resolve("worked-example.json"));
    Portfolio preset = TestPortfolios.read(FOLDER.resolve("worked-example-preset-tiers.json"));
    BookMargin fromPreset = MarginCalculator.DEFAULT.compute(preset);
    assertThat(fromPreset.accounts()).isEqualTo(MarginCalculator.DEFAULT.compute(own).accounts());
    assertThat(fromPreset.positions()).isEqualTo(MarginCalculator.DEFAULT.compute(own).positions());

    List<Instrument> instruments = new ArrayList<>();
    for (Instrument instrument : preset.instruments()) {
      instruments.add(
          instrument.symbol().equals("BTCUSDT")
              ? withTiers(instrument, "0.02", "20") // one tier of 2 %: the preset has 0.5 % here
              : instrument);
    }
    Portfolio ownTier = preset.toBuilder().instruments(instruments).build();
    assertThat(position(MarginCalculator.DEFAULT.compute(ownTier), "BTCUSDT").maintenanceMargin())
        .isCloseTo(120_000 * 0.02, within(CENT));
  }

  @Test
  void aPositionNoRuleCovers_isNamedInAWarning_andHoldsNoMargin() {
    // the short future's account without rules: an inverse contract has no tiers to follow
    Portfolio noRules = withRules(DERIBIT, "deribit-short", MarginRules.NONE);
    BookMargin margin = MarginCalculator.DEFAULT.compute(noRules);
    assertThat(margin.warnings())
        .contains(
            "deribit-short BTC-26MAR27: no margin rule Keel follows for it (its account gives no"
                + " \"rules\" (docs/margin.md) and the contract no \"marginTiers\" a linear"
                + " contract could follow), so its maintenance margin is counted as 0");
    assertThat(account(margin, "deribit-short").maintenanceMargin()).isZero();
    assertThat(margin.positions()).noneMatch(p -> p.symbol().equals("BTC-26MAR27"));

    // Deribit's rules on equity options: they cover options quoted in a coin only
    MarginRules deribit = DERIBIT.accountsById().get("deribit").margin().rules();
    BookMargin equity = MarginCalculator.DEFAULT.compute(withRules(REG_T, "options", deribit));
    assertThat(equity.warnings())
        .contains(
            "options XSP-20270115-P-470: no margin rule Keel follows for it (the rules deribit have"
                + " none for a short option like it), so its maintenance margin is counted as 0");
  }

  private static Portfolio withRules(Portfolio book, String id, MarginRules rules) {
    List<Account> accounts = new ArrayList<>();
    for (Account account : book.accounts()) {
      accounts.add(
          account.id().equals(id)
              ? new Account(
                  account.id(), account.name(), account.venue(), account.margin().withRules(rules))
              : account);
    }
    return book.toBuilder().accounts(accounts).build();
  }

  @Test
  void aLinearContractAtSizedRates_isAtAHundredPercentAtItsLiquidationPrice() {
    Portfolio sample = TestPortfolios.read(TestPortfolios.SAMPLES.resolve("margin-deribit.json"));
    PositionMarginFigures held =
        position(MarginCalculator.DEFAULT.compute(sample), "BTC_USDC-PERPETUAL");
    // 0.8 BTC: maintenance 0.8 x mark x (1 % + 0.8 x 0.005 %) USDC, at 0.9999 USD a USDC
    assertThat(held.maintenanceMargin())
        .isCloseTo(0.8 * held.markPrice() * (0.01 + 0.8 * 0.00005) * 0.9999, within(CENT));
    assertThat(held.liquidationPrice()).isNull(); // a long the collateral covers down to 0

    // the same contract short: a rise liquidates it
    List<Position> positions = new ArrayList<>();
    for (Position p : sample.positions()) {
      positions.add(
          p.symbol().equals("BTC_USDC-PERPETUAL")
              ? new Position(p.account(), p.symbol(), new BigDecimal("-0.8"), p.entryPrice())
              : p);
    }
    Portfolio shortBook = sample.toBuilder().positions(positions).build();
    PositionMarginFigures linear =
        position(MarginCalculator.DEFAULT.compute(shortBook), "BTC_USDC-PERPETUAL");
    assertThat(linear.liquidationPrice()).isGreaterThan(linear.markPrice());
    BookMargin there =
        MarginCalculator.DEFAULT.compute(
            shortBook,
            MovedMarkets.withPrice(
                shortBook.market(), "BTC_USDC-PERPETUAL", linear.liquidationPrice()));
    assertThat(account(there, "deribit").marginRatio()).isCloseTo(1, within(AT_LIQUIDATION));
  }

  private static Instrument withTiers(Instrument instrument, String rate, String leverage) {
    MarginTiers tiers =
        MarginTiers.of(
            java.util.Collections.singletonList(null),
            List.of(new BigDecimal(rate)),
            List.of(new BigDecimal(leverage)),
            java.util.Collections.singletonList(null));
    return new Instrument(
        instrument.symbol(),
        instrument.name(),
        instrument.assetClass(),
        instrument.type(),
        instrument.quoteCurrency(),
        instrument.lotStep(),
        instrument.minQuantity(),
        instrument.minNotional(),
        instrument.priceTick(),
        instrument.multiplier(),
        instrument.terms(),
        tiers);
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
