package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The P&amp;L profiles of the two derivatives samples: flat at the current price with the slope of
 * the book's cash delta and the curvature of its cash gamma (finite differences), the same as a
 * full revaluation of the book under moved prices, and blind to other underlyings.
 */
class PnlProfileSamplesTest {
  /**
   * The moves of the central differences, ±1e-4 of the price: small enough for the truncation
   * (about m^2 / 12 x (1 / sigma sqrt T)^2 of gamma, 3e-6 for SPY's month-long options at 15 %),
   * large enough for the rounding (1e-16 of the value over m^2, 1e-8 of gamma).
   */
  private static final double MOVE = 1e-4;

  /** Relative tolerance of both differences against the exposure engine's figures (see MOVE). */
  private static final double DIFFERENCE = 1e-5;

  /**
   * The profile against the full revaluation: the same doubles summed in another order, and the
   * closed-form price against the price the Greeks come with; a millionth of a cent on books of a
   * few hundred thousand dollars.
   */
  private static final double REVALUATION = 1e-8;

  private static final Portfolio BOOK = TestPortfolios.read(TestPortfolios.DERIVATIVES);
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);

  private static UnderlyingExposure exposure(Portfolio book, String underlying) {
    return ExposureCalculator.DEFAULT.compute(book).underlyings().stream()
        .filter(u -> u.underlying().equals(underlying))
        .findFirst()
        .orElseThrow();
  }

  private static double slope(Portfolio book, String underlying) {
    List<PnlProfile.Point> points =
        PnlProfiles.DEFAULT.of(book, book.market(), underlying, 3, MOVE).points();
    assertThat(points.get(1).today()).isZero();
    return (points.get(2).today() - points.get(0).today()) / (2 * MOVE);
  }

  private static double curvature(Portfolio book, String underlying) {
    List<PnlProfile.Point> points =
        PnlProfiles.DEFAULT.of(book, book.market(), underlying, 3, MOVE).points();
    return (points.get(2).today() + points.get(0).today()) / (MOVE * MOVE);
  }

  private static void assertClose(double actual, double expected, double relative) {
    assertThat(actual).isCloseTo(expected, within(relative * Math.max(1, Math.abs(expected))));
  }

  @Test
  void underlyings_areTheRootsOfThePositions_inBookOrder() {
    assertThat(PnlProfiles.DEFAULT.underlyings(BOOK))
        .containsExactly("BTC", "USDC", "SPY", "SPX", "DAX");
    assertThat(PnlProfiles.DEFAULT.underlyings(CRYPTO)).containsExactly("BTC", "ETH", "USDT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BTC", "USDC", "SPY", "SPX", "DAX"})
  void of_today_slopesByTheCashDelta_andCurvesByTheCashGamma(String underlying) {
    UnderlyingExposure net = exposure(BOOK, underlying);

    assertClose(slope(BOOK, underlying), net.cashDelta(), DIFFERENCE);
    // cash gamma is the change of cash delta for a 1 % move: d2 P&L / dm2 = cash gamma / 0.01
    assertClose(curvature(BOOK, underlying), net.cashGamma() / 0.01, DIFFERENCE);
  }

  @Test
  void of_cryptoBtc_slopesByTheCashDelta_withInverseContractsAtTheCoinsValue() {
    BookExposure exposure = ExposureCalculator.DEFAULT.compute(CRYPTO);
    double coin = 91250; // the FX rate of BTC: inverse profits are coins worth this
    double expected = 0;
    for (PositionExposure position : exposure.positions()) {
      if (position.root().equals("BTC")) {
        boolean inverse =
            CRYPTO.instrumentsBySymbol().get(position.symbol()).terms() != null
                && CRYPTO.instrumentsBySymbol().get(position.symbol()).terms().isInverse();
        // the engine counts an inverse contract's coin delta at its own price, not the coin's
        expected += inverse ? position.delta() * coin : position.cashDelta();
      }
    }

    assertClose(slope(CRYPTO, "BTC"), expected, DIFFERENCE);
    assertClose(curvature(CRYPTO, "BTC"), exposure(CRYPTO, "BTC").cashGamma() / 0.01, DIFFERENCE);
    assertClose(slope(CRYPTO, "ETH"), exposure(CRYPTO, "ETH").cashDelta(), DIFFERENCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"derivatives-book.json", "crypto-derivatives.json"})
  void of_everyUnderlying_matchesAFullRevaluationUnderMovedPrices(String sample) {
    Portfolio book = TestPortfolios.read(TestPortfolios.SAMPLES.resolve(sample));
    for (String underlying : PnlProfiles.DEFAULT.underlyings(book)) {
      PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), underlying, 5, 0.5);
      FullRevaluation revaluation = new FullRevaluation(book, underlying);
      for (PnlProfile.Point point : profile.points()) {
        assertThat(point.today())
            .as("%s today at %s", underlying, point.move())
            .isCloseTo(revaluation.today(point.move()), within(REVALUATION));
        if (profile.firstExpiry() != null) {
          assertThat(point.atFirstExpiry())
              .as("%s at %s on %s", underlying, profile.firstExpiry(), point.move())
              .isCloseTo(revaluation.at(profile.firstExpiry(), point.move()), within(REVALUATION));
        } else {
          assertThat(point.atFirstExpiry()).isNull();
        }
      }
    }
  }

  @Test
  void of_firstExpiry_isTheNearestContractOnTheUnderlying() {
    assertThat(PnlProfiles.DEFAULT.of(CRYPTO, "BTC").firstExpiry())
        .isEqualTo(java.time.Instant.parse("2026-12-25T08:00:00Z"));
    // SPY's options and the SPX future expire at the New York close
    assertThat(PnlProfiles.DEFAULT.of(BOOK, "SPY").firstExpiry())
        .isEqualTo(java.time.Instant.parse("2026-12-18T21:00:00Z"));
    assertThat(PnlProfiles.DEFAULT.of(BOOK, "BTC").firstExpiry()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BTC", "SPY", "DAX"})
  void of_positionsOnOtherUnderlyings_doNotMoveIt(String underlying) {
    List<Position> onIt =
        BOOK.positions().stream().filter(p -> FullRevaluation.holds(BOOK, p, underlying)).toList();
    Portfolio alone = TestPortfolios.withPositions(BOOK, onIt);

    List<PnlProfile.Point> all = PnlProfiles.DEFAULT.of(BOOK, underlying).points();
    List<PnlProfile.Point> only = PnlProfiles.DEFAULT.of(alone, underlying).points();

    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).today()).isCloseTo(only.get(i).today(), within(REVALUATION));
    }
  }

  @Test
  void of_optionWithoutVolatility_isLeftOut_withAWarning() {
    Instrument call =
        new Instrument(
            "SPY-20261218-C-650",
            "SPY Dec 2026 650 call",
            "hedges",
            AssetType.OPTION,
            "USD",
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            new BigDecimal("0.01"),
            BigDecimal.valueOf(100),
            DerivativeTerms.option(
                "SPY", LocalDate.parse("2026-12-18"), BigDecimal.valueOf(650), OptionRight.CALL));
    List<Instrument> instruments = new ArrayList<>(BOOK.instruments());
    instruments.add(call);
    List<Position> positions = new ArrayList<>(BOOK.positions());
    positions.add(new Position("ibkr-margin", call.symbol(), BigDecimal.TEN));
    Portfolio book = BOOK.toBuilder().instruments(instruments).positions(positions).build();

    PnlProfile with = PnlProfiles.DEFAULT.of(book, "SPY");
    PnlProfile without = PnlProfiles.DEFAULT.of(BOOK, "SPY");

    assertThat(with.warnings())
        .singleElement()
        .asString()
        .contains("ibkr-margin SPY-20261218-C-650: no volatility given")
        .contains("no mark price")
        .contains("left out of the profile");
    assertThat(with.points()).isEqualTo(without.points());
    assertThat(without.warnings()).isEmpty();
  }
}
