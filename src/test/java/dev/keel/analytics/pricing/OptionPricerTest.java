package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.model.ExerciseStyle;
import dev.keel.model.OptionRight;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptionPricerTest {
  private static final OptionPricer PRICER = OptionPricer.DEFAULT;

  /**
   * American Greeks (bumps of AmericanGreeks) against finite differences with bumps ten times as
   * large: both are within about 1e-6 of the Greek where the value is smooth; 2e-4 allows for the
   * kink at the exercise trigger and the dropped premiums below ROUNDING.
   */
  private static final double AMERICAN_RELATIVE = 2e-4;

  /** ... compared absolutely below this size, 1e-6 per unit of spot. */
  private static final double AMERICAN_FLOOR = 1e-6;

  private static OptionSpec spec(
      OptionRight right,
      ExerciseStyle exercise,
      OptionModel model,
      double s,
      double t,
      double vol) {
    return new OptionSpec(right, exercise, model, s, 100, t, 0.05, 0.02, vol);
  }

  @Test
  void greeks_areInDisplayUnits() {
    OptionSpec call =
        spec(
            OptionRight.CALL,
            ExerciseStyle.EUROPEAN,
            OptionModel.BLACK_SCHOLES_MERTON,
            100,
            1,
            0.2);
    Greeks greeks = PRICER.greeks(call);
    double price = PRICER.price(call);
    // each Greek is the change for one display unit of its input, taken half up and half down
    // (the central difference leaves third-order terms, below 1e-5 here)
    double unit = 1e-5;
    // vega: one volatility point, 19.5 % to 20.5 %
    assertThat(greeks.vega())
        .isCloseTo(
            PRICER.price(call.withVolatility(0.205)) - PRICER.price(call.withVolatility(0.195)),
            within(unit));
    // theta: one calendar day passing
    assertThat(greeks.theta())
        .isCloseTo(
            PRICER.price(call.withYears(1 - 0.5 / 365))
                - PRICER.price(call.withYears(1 + 0.5 / 365)),
            within(unit));
    // rho: one percent of rate (its third-order term, of the order of K T^3 h^3 / 24, is larger)
    assertThat(greeks.rho())
        .isCloseTo(
            PRICER.price(call.withRate(0.055)) - PRICER.price(call.withRate(0.045)),
            within(5 * unit));
    // delta: per unit of the underlying, from a move of a tenth of a unit
    assertThat(greeks.delta())
        .isCloseTo(
            (PRICER.price(call.withUnderlyingPrice(100.05))
                    - PRICER.price(call.withUnderlyingPrice(99.95)))
                / 0.1,
            within(unit));
    assertThat(greeks.gamma()).isBetween(0.018, 0.02);
    assertThat(greeks.price()).isEqualTo(price);
  }

  @Test
  void greeks_ofAnUnknownVolatilityAreUnknownUntilExpiry() {
    OptionSpec unknown =
        spec(OptionRight.PUT, ExerciseStyle.AMERICAN, OptionModel.BLACK_76, 90, 1, Double.NaN);
    assertThat(PRICER.greeks(unknown)).isEqualTo(Greeks.UNKNOWN);
    assertThat(PRICER.price(unknown)).isNaN();
    assertThat(PRICER.greeks(unknown.withYears(0))).isEqualTo(new Greeks(10, -1, 0, 0, 0, 0));
    assertThat(PRICER.price(unknown.withYears(0))).isEqualTo(10);
  }

  @Test
  void greeks_atExpiryAreTheIntrinsicValueForEveryMethod() {
    for (ExerciseStyle exercise : ExerciseStyle.values()) {
      for (OptionModel model : OptionModel.values()) {
        OptionSpec atTheMoney = spec(OptionRight.CALL, exercise, model, 100, 0, 0.3);
        assertThat(PRICER.greeks(atTheMoney)).isEqualTo(new Greeks(0, 0.5, 0, 0, 0, 0));
        assertThat(PRICER.methodName(atTheMoney)).isEqualTo("Intrinsic value");
      }
    }
  }

  @Test
  void methodName_namesTheMethodShown() {
    assertThat(
            PRICER.methodName(
                spec(
                    OptionRight.CALL,
                    ExerciseStyle.EUROPEAN,
                    OptionModel.BLACK_SCHOLES_MERTON,
                    100,
                    1,
                    0.2)))
        .isEqualTo("Black-Scholes-Merton");
    assertThat(
            PRICER.methodName(
                spec(OptionRight.CALL, ExerciseStyle.EUROPEAN, OptionModel.BLACK_76, 100, 1, 0.2)))
        .isEqualTo("Black-76");
    assertThat(
            PRICER.methodName(
                spec(
                    OptionRight.PUT,
                    ExerciseStyle.AMERICAN,
                    OptionModel.BLACK_SCHOLES_MERTON,
                    100,
                    1,
                    0.2)))
        .isEqualTo("Bjerksund-Stensland 2002");
    assertThat(
            PRICER.methodName(
                spec(OptionRight.PUT, ExerciseStyle.AMERICAN, OptionModel.BLACK_76, 100, 1, 0.2)))
        .isEqualTo("Bjerksund-Stensland 2002, Black-76");
  }

  @Test
  void greeks_ofAListAreEachOnesInOrder() {
    List<OptionSpec> specs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      specs.add(
          spec(
              i % 2 == 0 ? OptionRight.CALL : OptionRight.PUT,
              i % 3 == 0 ? ExerciseStyle.AMERICAN : ExerciseStyle.EUROPEAN,
              i % 5 == 0 ? OptionModel.BLACK_76 : OptionModel.BLACK_SCHOLES_MERTON,
              80 + i,
              0.1 + i / 50.0,
              0.15 + i / 100.0));
    }
    List<Greeks> all = PRICER.greeks(specs);
    assertThat(all).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(all.get(i)).isEqualTo(PRICER.greeks(specs.get(i)));
    }
  }

  @Test
  void price_ofAnAmericanOptionThatNeverPaysEarlyIsTheEuropean() {
    OptionSpec call =
        new OptionSpec(
            OptionRight.CALL,
            ExerciseStyle.AMERICAN,
            OptionModel.BLACK_SCHOLES_MERTON,
            120,
            100,
            1,
            0.05,
            0,
            0.3);
    assertThat(PRICER.greeks(call))
        .isEqualTo(PRICER.greeks(call.withExercise(ExerciseStyle.EUROPEAN)));
    OptionSpec futurePut =
        new OptionSpec(
            OptionRight.PUT,
            ExerciseStyle.AMERICAN,
            OptionModel.BLACK_76,
            80,
            100,
            1,
            -0.01,
            0,
            0.3);
    assertThat(PRICER.price(futurePut))
        .isEqualTo(PRICER.price(futurePut.withExercise(ExerciseStyle.EUROPEAN)));
    OptionSpec stockPut = futurePut.withRate(0.05);
    assertThat(PRICER.price(stockPut))
        .isGreaterThan(PRICER.price(stockPut.withExercise(ExerciseStyle.EUROPEAN)));
  }

  static Stream<Arguments> americanGrid() {
    List<Arguments> cases = new ArrayList<>();
    for (OptionModel model : OptionModel.values()) {
      for (OptionRight right : OptionRight.values()) {
        for (double s : new double[] {70, 95, 100, 130}) {
          for (double t : new double[] {0.05, 1}) {
            for (double vol : new double[] {0.2, 0.6}) {
              cases.add(Arguments.of(model, right, s, t, vol));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} S={2} T={3} vol={4}")
  @MethodSource("americanGrid")
  void greeks_ofAmericanOptionsMatchCoarserFiniteDifferences(
      OptionModel model, OptionRight right, double s, double t, double vol) {
    OptionSpec spec =
        new OptionSpec(right, ExerciseStyle.AMERICAN, model, s, 100, t, 0.06, 0.03, vol);
    Greeks greeks = PRICER.greeks(spec);
    double ds = 1e-3 * s;
    double dv = 1e-3;
    double dt = 1e-3 * t;
    double dr = 1e-3;
    american(
        greeks.delta(),
        FiniteDifference.first(x -> PRICER.price(spec.withUnderlyingPrice(x)), s, ds),
        "delta");
    american(
        greeks.gamma(),
        FiniteDifference.second(x -> PRICER.price(spec.withUnderlyingPrice(x)), s, ds),
        "gamma");
    american(
        greeks.vega(),
        0.01 * FiniteDifference.first(x -> PRICER.price(spec.withVolatility(x)), vol, dv),
        "vega");
    american(
        greeks.theta(),
        -FiniteDifference.first(x -> PRICER.price(spec.withYears(x)), t, dt) / 365,
        "theta");
    american(
        greeks.rho(),
        0.01 * FiniteDifference.first(x -> PRICER.price(spec.withRate(x)), 0.06, dr),
        "rho");
    assertThat(greeks.price())
        .isGreaterThanOrEqualTo(PRICER.price(spec.withExercise(ExerciseStyle.EUROPEAN)));
  }

  private static void american(double greek, double coarse, String what) {
    assertThat(greek)
        .as(what + " against " + coarse)
        .isCloseTo(
            coarse, within(Math.max(AMERICAN_RELATIVE * Math.abs(coarse), AMERICAN_FLOOR * 100)));
  }
}
