package dev.keel.analytics.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.analytics.exposure.PnlProfiles;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.analytics.pricing.OptionModel;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stress results checked by other routes: the margin worked example's figures by hand, its shock to
 * liquidation (found by the margin calculator's own scan) as the edge between liquidated and not,
 * and the derivatives samples' P&amp;L against their P&amp;L profiles (a revaluation written apart,
 * in the exposure package).
 */
class StressCalculatorTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/margin/worked-example.json");
  private final Portfolio example = TestPortfolios.read(EXAMPLE);

  @Test
  void linearBook_losesItsNetDeltaTimesTheMove() {
    BookStress stress =
        StressCalculator.DEFAULT.run(example, List.of(ScenarioParser.parse("all=-10%")));
    AccountStress cross = stress.scenarios().get(0).accounts().get(0);
    // 0.5 BTC x 60,000 of spot + 2 x 60,000 of BTCUSDT - 10 x 3,000 of ETHUSDT = 120,000 net
    assertThat(cross.pnl()).isCloseTo(-12_000, within(1e-6));
    // equity today: 10,000 + 30,000 + 4,000 + 2,000
    assertThat(cross.equity()).isCloseTo(46_000 - 12_000, within(1e-6));
    // margin balance: the BTC at its 0.95 haircut, so 44,500 - 0.95 x 3,000 - 12,000 + 3,000
    assertThat(cross.marginBalance()).isCloseTo(44_500 - 2_850 - 9_000, within(1e-6));
    // maintenance at the moved notionals, both still in tier 2: 730 + 795 x -0.1
    assertThat(cross.maintenanceMargin()).isCloseTo(730 - 79.5, within(1e-6));
    assertThat(cross.liquidated()).isFalse();
    AccountStress isolated = stress.scenarios().get(0).accounts().get(1);
    assertThat(isolated.pnl()).isCloseTo(-1_400, within(1e-6));
    assertThat(isolated.liquidated()).isTrue();
  }

  @Test
  void theShockToLiquidation_isWhereTheCrossAccountStartsToBeLiquidated() {
    double shock = MarginCalculator.DEFAULT.compute(example).accounts().get(0).shockToLiquidation();
    List<Scenario> around =
        List.of(
            new Scenario(
                "user",
                "before",
                java.util.Map.of("crypto", shock + 1e-6),
                java.util.Map.of(),
                0,
                1),
            new Scenario(
                "user",
                "after",
                java.util.Map.of("crypto", shock - 1e-6),
                java.util.Map.of(),
                0,
                1));
    BookStress stress = StressCalculator.DEFAULT.run(example, around);
    assertThat(stress.scenarios().get(0).accounts().get(0).liquidated()).isFalse();
    assertThat(stress.scenarios().get(1).accounts().get(0).liquidated()).isTrue();
    assertThat(stress.scenarios().get(1).accounts().get(0).marginRatio())
        .isCloseTo(1, within(1e-3)); // 1e-6 of a move is 3e-4 of the ratio so near the edge
    AccountWorst worst = stress.accounts().get(0);
    assertThat(worst.worstScenario()).isEqualTo("after");
    assertThat(worst.liquidatedIn()).isEqualTo(1);
    assertThat(worst.firstLiquidating()).isEqualTo("after");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crypto-derivatives.json", "derivatives-book.json"})
  void everyUnderlyingMoved_isTheSumOfTheirPnlProfiles(String sample) {
    Portfolio book = TestPortfolios.read(Path.of("sample-portfolios", sample));
    double[] moves = {-0.4, -0.1, 0.05, 0.3};
    List<Scenario> scenarios =
        java.util.Arrays.stream(moves)
            .mapToObj(
                m ->
                    new Scenario(
                        "user",
                        "m" + m,
                        java.util.Map.of(Scenario.EVERY, m),
                        java.util.Map.of(),
                        0,
                        1))
            .toList();
    BookStress stress = StressCalculator.DEFAULT.run(book, scenarios);
    for (int i = 0; i < moves.length; i++) {
      double expected = 0;
      for (String underlying : PnlProfiles.DEFAULT.underlyings(book)) {
        Instrument spot = book.instrumentsBySymbol().get(underlying);
        if (spot != null && spot.type() == AssetType.STABLECOIN) {
          continue; // a profile of USDT is asked for; a scenario moves no stablecoin
        }
        PnlProfile profile =
            PnlProfiles.DEFAULT.of(book, book.market(), underlying, 2, Math.abs(moves[i]));
        PnlProfile.Point point =
            profile.points().get(moves[i] < 0 ? 0 : profile.points().size() - 1);
        assertThat(point.move()).isCloseTo(moves[i], within(1e-15));
        expected += point.today();
      }
      // the same doubles by another route; options priced from BigDecimal marks: well under a cent
      assertThat(stress.scenarios().get(i).pnl())
          .as("%s at %s", sample, moves[i])
          .isCloseTo(expected, within(1e-4));
    }
  }

  @Test
  void options_areRepricedAtTheMovedUnderlyingTheShockedVolAndTheShorterTime() {
    Portfolio book = TestPortfolios.read(Path.of("sample-portfolios/derivatives-book.json"));
    BookStress stress =
        StressCalculator.DEFAULT.run(book, List.of(ScenarioParser.parse("SPY=-10%,vol=+5,days=1")));
    // by hand: SPY's 320 shares, and each SPY option priced again from its inputs today
    double expected = 320 * 585.12 * -0.1;
    for (PositionExposure option : ExposureCalculator.DEFAULT.compute(book).positions()) {
      if (option.type() != AssetType.OPTION) {
        continue;
      }
      DerivativeTerms terms = book.instrumentsBySymbol().get(option.symbol()).terms();
      OptionSpec today =
          new OptionSpec(
              terms.right(),
              terms.exercise(),
              OptionModel.BLACK_SCHOLES_MERTON,
              option.underlyingPrice(),
              terms.strike().doubleValue(),
              option.yearsToExpiry(),
              0.043,
              0.012,
              option.volatility());
      OptionSpec shocked =
          new OptionSpec(
              terms.right(),
              terms.exercise(),
              OptionModel.BLACK_SCHOLES_MERTON,
              option.underlyingPrice() * 0.9,
              terms.strike().doubleValue(),
              option.yearsToExpiry() - 1 / 365.0,
              0.043,
              0.012,
              option.volatility() + 0.05);
      expected +=
          option.quantity()
              * 100
              * (OptionPricer.DEFAULT.price(shocked) - OptionPricer.DEFAULT.price(today));
    }
    AccountStress ibkr = stress.scenarios().get(0).accounts().get(1);
    assertThat(ibkr.account()).isEqualTo("ibkr-margin");
    assertThat(ibkr.pnl()).isCloseTo(expected, within(1e-6));
    // BTC is not named, so the crypto account does not move
    assertThat(stress.scenarios().get(0).accounts().get(0).pnl()).isZero();
  }

  @Test
  void aScenarioNamingWhatTheBookDoesNotHold_isRefusedWithWhatItHolds() {
    assertThatThrownBy(
            () -> StressCalculator.DEFAULT.run(example, List.of(ScenarioParser.parse("DOGE=-50%"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DOGE is neither an underlying the book holds nor one of its groups")
        .hasMessageContaining("BTC, ETH, SOL")
        .hasMessageContaining("its groups: crypto");
  }

  @Test
  void check_refusesWhatRunRefuses_andPassesWhatTheBookHolds() {
    Scenario doge = ScenarioParser.parse("DOGE=-50%");
    String refused =
        catchIllegalArgument(() -> StressCalculator.DEFAULT.run(example, List.of(doge)));

    assertThatThrownBy(() -> StressCalculator.DEFAULT.check(example, doge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refused);
    StressCalculator.DEFAULT.check(
        example, ScenarioParser.parse("BTC=-30%,crypto=-10%,vol.ETH=+5"));
  }

  private static String catchIllegalArgument(Runnable run) {
    try {
      run.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void nothingMoved_isNoPnlAndTodaysMargin() {
    BookStress stress =
        StressCalculator.DEFAULT.run(example, List.of(ScenarioParser.parse("all=0%")));
    for (AccountStress account : stress.scenarios().get(0).accounts()) {
      assertThat(account.pnl()).isZero();
    }
    assertThat(stress.scenarios().get(0).accounts().get(0).marginRatio())
        .isCloseTo(730.0 / 44_500, within(1e-15));
  }
}
