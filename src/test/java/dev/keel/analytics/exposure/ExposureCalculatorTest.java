package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exposure of the two derivatives samples, each figure worked out by hand from the file's
 * numbers with the formulas of docs/exposure.md.
 */
class ExposureCalculatorTest {
  /** Sums of a few products of file decimals: doubles agree to far better than this. */
  private static final double CENT = 0.005;

  /** Units of an underlying. */
  private static final double UNITS = 1e-9;

  private static final Portfolio BOOK = TestPortfolios.read(TestPortfolios.DERIVATIVES);
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
  private static final BookExposure BOOK_EXPOSURE = ExposureCalculator.DEFAULT.compute(BOOK);
  private static final BookExposure CRYPTO_EXPOSURE = ExposureCalculator.DEFAULT.compute(CRYPTO);

  private static PositionExposure position(BookExposure exposure, String symbol) {
    return exposure.positions().stream()
        .filter(p -> p.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  private static UnderlyingExposure underlying(BookExposure exposure, String root) {
    return exposure.underlyings().stream()
        .filter(u -> u.underlying().equals(root))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void compute_shortPerpetual_reducesTheBookDeltaInBtc() {
    UnderlyingExposure btc = underlying(BOOK_EXPOSURE, "BTC");

    double cash = 1.2 * 91250 - 0.5 * 91310.5;
    assertThat(btc.cashDelta()).isCloseTo(cash, within(CENT));
    // 0.70 BTC net, not the 1.2 of spot alone
    assertThat(btc.delta()).isCloseTo(cash / 91250, within(UNITS));
    assertThat(btc.delta()).isCloseTo(0.6997, within(0.0001));
    assertThat(btc.grossNotional()).isCloseTo(1.2 * 91250 + 0.5 * 91310.5, within(CENT));
  }

  @Test
  void compute_shortFuture_isShortItsIndex_inIndexUnits() {
    UnderlyingExposure spx = underlying(BOOK_EXPOSURE, "SPX");
    PositionExposure es = position(BOOK_EXPOSURE, "ESZ6");

    assertThat(es.root()).isEqualTo("SPX");
    assertThat(es.delta()).isEqualTo(-50);
    assertThat(es.cashDelta()).isCloseTo(-50 * 5871.25, within(CENT));
    // unrealised profit of a short from 5910.5 to 5871.25
    assertThat(es.marketValue()).isCloseTo((5871.25 - 5910.5) * -1 * 50, within(CENT));
    assertThat(spx.delta()).isCloseTo(-50 * 5871.25 / 5857.3, within(UNITS));
  }

  @Test
  void compute_futureInEuros_countsInTheBaseCurrency() {
    PositionExposure fdx = position(BOOK_EXPOSURE, "FDXZ6");

    assertThat(fdx.cashDelta()).isCloseTo(25 * 19420 * 1.0842, within(CENT));
    assertThat(fdx.marketValue()).isCloseTo((19420 - 19180) * 25 * 1.0842, within(CENT));
    assertThat(underlying(BOOK_EXPOSURE, "DAX").currency()).isEqualTo("EUR");
  }

  @Test
  void compute_inversePerpetual_withEntry_movesLikeFaceOverEntryCoins_withoutGamma() {
    PositionExposure perp = position(CRYPTO_EXPOSURE, "BTC-PERPETUAL");
    double face = -12000 * 10.0;
    double pnlCoins = face * (1 / 95200.0 - 1 / 91265.5);

    assertThat(perp.delta()).isCloseTo(face / 95200, within(UNITS));
    assertThat(perp.gamma()).isZero();
    assertThat(perp.unit().delta()).isCloseTo(10 / 91265.5, within(1e-15));
    assertThat(perp.marketValue()).isCloseTo(pnlCoins * 91250, within(CENT));
    assertThat(perp.cashDelta()).isCloseTo(face / 95200 * 91265.5, within(CENT));
    // the rate is positive, so the short receives: 0.01 % of 120,000 USD three times a day
    assertThat(perp.fundingPerDay()).isCloseTo(0.0001 * 3 * 120000, within(CENT));
  }

  @Test
  void compute_inverseWithoutEntry_countsTheContractsAlone_andWarns() {
    List<Position> positions = new ArrayList<>();
    for (Position position : CRYPTO.positions()) {
      positions.add(
          position.symbol().equals("BTC-PERPETUAL")
              ? new Position(position.account(), position.symbol(), position.quantity())
              : position);
    }
    BookExposure exposure =
        ExposureCalculator.DEFAULT.compute(TestPortfolios.withPositions(CRYPTO, positions));
    PositionExposure perp = position(exposure, "BTC-PERPETUAL");

    assertThat(perp.delta()).isCloseTo(-120000 / 91265.5, within(UNITS));
    assertThat(perp.gamma()).isCloseTo(120000 / (91265.5 * 91265.5), within(1e-15));
    assertThat(perp.marketValue()).isZero();
    assertThat(exposure.warnings()).anyMatch(w -> w.contains("BTC-PERPETUAL: no entry price"));
  }

  @Test
  void compute_linearUsdtPerpetual_profitInUsdt_atItsRate() {
    PositionExposure perp = position(CRYPTO_EXPOSURE, "BTCUSDT");

    assertThat(perp.marketValue()).isCloseTo((91290.4 - 89500) * 0.8 * 1.0002, within(CENT));
    assertThat(perp.delta()).isCloseTo(0.8, within(UNITS));
    assertThat(perp.fundingPerDay()).isCloseTo(-0.00012 * 3 * 0.8 * 91290.4 * 1.0002, within(CENT));
  }

  @Test
  void compute_coinQuotedOption_isValuedAtTheUnderlyingsPrice_andShowsItsPremiumAdjustedDelta() {
    PositionExposure call = position(CRYPTO_EXPOSURE, "BTC-25DEC26-100000-C");

    assertThat(call.method()).isEqualTo("Black-76");
    assertThat(call.underlying()).isEqualTo("BTC-25DEC26");
    assertThat(call.root()).isEqualTo("BTC");
    assertThat(call.marketValue()).isCloseTo(-5 * 0.0185 * 91810, within(CENT));
    assertThat(call.premiumAdjustedDelta())
        .isCloseTo((call.unit().delta() - 0.0185) * -5, within(UNITS));
    assertThat(call.cashDelta()).isCloseTo(call.unit().delta() * -5 * 91810, within(CENT));
    // valued with the smile at 100,000 (0.40); the mark implies a volatility near it
    assertThat(call.volatility()).isCloseTo(0.40, within(1e-12));
    assertThat(call.impliedVol()).isBetween(0.35, 0.45);
    assertThat(call.modelPrice()).isCloseTo(call.unit().price() / 91810, within(1e-12));
    assertThat(call.yearsToExpiry())
        .isCloseTo((34 * 24 + 16) / (365.0 * 24), within(1e-12)); // 20 Nov 16:00 to 25 Dec 08:00
  }

  @Test
  void compute_optionOnAFuture_countsAgainstSpotScaledByForwardOverSpot() {
    PositionExposure put = position(CRYPTO_EXPOSURE, "BTC-25DEC26-85000-P");
    double rootDelta = put.cashDelta() / 91250;

    assertThat(rootDelta).isCloseTo(put.delta() * 91810 / 91250, within(UNITS));
    assertThat(put.cashGamma())
        .isCloseTo(put.unit().gamma() * 4 * 91810 * 91810 * 0.01, within(CENT));
  }

  @Test
  void compute_equity_isCashSpotOptionsAndProfitOfContracts() {
    AccountExposure ibkr =
        BOOK_EXPOSURE.accounts().stream()
            .filter(a -> a.account().equals("ibkr-margin"))
            .findFirst()
            .orElseThrow();
    double cash = 12000 - 2500 * 1.0842;
    double spy = 320 * 585.12;
    double options = -2 * 100 * 6.85 + 3 * 100 * 4.10;
    double futures = (5871.25 - 5910.5) * -50 + (19420 - 19180) * 25 * 1.0842;

    assertThat(ibkr.equity()).isCloseTo(cash + spy + options + futures, within(CENT));
    assertThat(ibkr.leverage()).isCloseTo(ibkr.grossNotional() / ibkr.equity(), within(1e-12));
  }

  @Test
  void compute_stablecoins_countInEquity_notInNotional() {
    AccountExposure binance =
        CRYPTO_EXPOSURE.accounts().stream()
            .filter(a -> a.account().equals("binance"))
            .findFirst()
            .orElseThrow();
    double gross = 0.4 * 91250 + 12 * 3120 + 0.8 * 91290.4 * 1.0002;

    assertThat(binance.grossNotional()).isCloseTo(gross, within(CENT));
    assertThat(binance.equity())
        .isCloseTo(
            0.4 * 91250 + 12 * 3120 + 40000 * 1.0002 + (91290.4 - 89500) * 0.8 * 1.0002,
            within(CENT));
  }

  @Test
  void compute_bookTotals_areTheSumOfTheAccounts() {
    double equity = CRYPTO_EXPOSURE.accounts().stream().mapToDouble(a -> a.equity()).sum();
    double gross = CRYPTO_EXPOSURE.accounts().stream().mapToDouble(a -> a.grossNotional()).sum();

    assertThat(CRYPTO_EXPOSURE.total().equity()).isCloseTo(equity, within(CENT));
    assertThat(CRYPTO_EXPOSURE.total().grossNotional()).isCloseTo(gross, within(CENT));
    double perAccountBtc =
        CRYPTO_EXPOSURE.accountUnderlyings().stream()
            .filter(u -> u.underlying().equals("BTC"))
            .mapToDouble(UnderlyingExposure::cashDelta)
            .sum();
    assertThat(underlying(CRYPTO_EXPOSURE, "BTC").cashDelta())
        .isCloseTo(perAccountBtc, within(CENT));
  }

  @Test
  void compute_optionWithoutVolatility_isValuedAtTheVolatilityItsMarkImplies() {
    PositionExposure put = position(BOOK_EXPOSURE, "SPY-20261218-P-560");

    assertThat(put.volatility()).isEqualTo(put.impliedVol());
    assertThat(put.modelPrice()).isCloseTo(4.10, within(1e-6));
    assertThat(put.delta()).isNegative();
  }

  @Test
  void compute_markBelowIntrinsic_hasNoImpliedVol_andNoGreeks_andSaysSo() {
    Portfolio cheap =
        BOOK.toBuilder()
            .market(
                BOOK.market()
                    .withPrice(
                        new dev.keel.model.market.Price(
                            "SPY-20261218-P-560", new BigDecimal("0.0001"), BOOK.asOf()))
                    .withPrice(
                        new dev.keel.model.market.Price("SPY", new BigDecimal("500"), BOOK.asOf())))
            .build();

    BookExposure exposure = ExposureCalculator.DEFAULT.compute(cheap);
    PositionExposure put = position(exposure, "SPY-20261218-P-560");

    assertThat(put.impliedVol()).isNull();
    assertThat(put.impliedVolNote()).isNotBlank();
    assertThat(put.delta()).isZero();
    assertThat(exposure.warnings()).anyMatch(w -> w.contains("SPY-20261218-P-560: no volatility"));
  }

  @Test
  void compute_contractExpiringWithinAWeek_isNamed() {
    Portfolio late =
        BOOK.toBuilder()
            .market(
                new dev.keel.model.market.MarketSnapshot(
                        java.time.Instant.parse("2026-12-14T16:00:00Z"),
                        BOOK.market().prices(),
                        BOOK.market().fxRates())
                    .withDerivativesData(
                        BOOK.market().volatilities(),
                        BOOK.market().rates(),
                        BOOK.market().yields(),
                        BOOK.market().funding(),
                        BOOK.market().underlyings()))
            .build();

    BookExposure exposure = ExposureCalculator.DEFAULT.compute(late);

    assertThat(exposure.warnings())
        .anyMatch(w -> w.startsWith("ibkr-margin ESZ6: expires in 4 days"));
  }
}
