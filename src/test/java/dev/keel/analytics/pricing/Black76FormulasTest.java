package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Black76FormulasTest {
  /** As in BlackScholesFormulasTest: truncation and rounding both under 1e-6 of the Greek. */
  private static final double FINITE_DIFFERENCE_RELATIVE = 1e-5;

  private static final double FINITE_DIFFERENCE_FLOOR = 1e-7;

  private static final double SPOT_BUMP = 1e-3;
  private static final double SMALL_BUMP = 1e-5;

  /**
   * Time bump, relative: larger than the others because a one-day option deep in the money is worth
   * 50 while its theta is 1e-7, so the rounding of the value over the bump must stay small.
   */
  private static final double TIME_BUMP = 1e-4;

  /** Parity holds to the rounding of values of the order of F: 1e-13 x F. */
  private static final double PARITY = 1e-13;

  static Stream<Arguments> grid() {
    List<Arguments> cases = new ArrayList<>();
    for (double k : new double[] {50, 95, 100, 105, 200}) {
      for (double t : new double[] {1 / 365.0, 0.25, 2}) {
        for (double r : new double[] {-0.005, 0, 0.04}) {
          for (double v : new double[] {0.1, 0.6, 2.0}) {
            cases.add(Arguments.of(true, k, t, r, v));
            cases.add(Arguments.of(false, k, t, r, v));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "call={0} K={1} T={2} r={3} vol={4}")
  @MethodSource("grid")
  void greeks_matchFiniteDifferencesWithTheForwardHeld(
      boolean call, double k, double t, double r, double v) {
    double f = 100;
    double sd = v * Math.sqrt(t);
    fd(
        Black76Formulas.delta(call, f, k, t, r, v),
        FiniteDifference.first(
            x -> Black76Formulas.price(call, x, k, t, r, v), f, SMALL_BUMP * f * sd),
        "delta");
    fd(
        Black76Formulas.gamma(f, k, t, r, v),
        FiniteDifference.second(
            x -> Black76Formulas.price(call, x, k, t, r, v), f, SPOT_BUMP * f * sd),
        "gamma");
    fd(
        Black76Formulas.vega(f, k, t, r, v),
        FiniteDifference.first(x -> Black76Formulas.price(call, f, k, t, r, x), v, SMALL_BUMP * v),
        "vega");
    fd(
        Black76Formulas.theta(call, f, k, t, r, v),
        -FiniteDifference.first(x -> Black76Formulas.price(call, f, k, x, r, v), t, TIME_BUMP * t),
        "theta");
    fd(
        Black76Formulas.rho(call, f, k, t, r, v),
        FiniteDifference.first(x -> Black76Formulas.price(call, f, k, t, x, v), r, SMALL_BUMP),
        "rho");
    Greeks greeks = Black76Formulas.greeks(call, f, k, t, r, v);
    assertThat(greeks.rho()).isCloseTo(-t * greeks.price() * 0.01, within(1e-15 * f));
    assertThat(greeks.delta()).isCloseTo(Black76Formulas.delta(call, f, k, t, r, v), within(1e-15));
  }

  private static void fd(double analytic, double difference, String what) {
    assertThat(analytic)
        .as(what + " against its finite difference " + difference)
        .isCloseTo(
            difference,
            within(
                Math.max(
                    FINITE_DIFFERENCE_RELATIVE * Math.abs(difference), FINITE_DIFFERENCE_FLOOR)));
  }

  @ParameterizedTest(name = "K={1} T={2} r={3} vol={4}")
  @MethodSource("grid")
  void price_keepsPutCallParityOnTheForward(
      boolean ignored, double k, double t, double r, double v) {
    double f = 100;
    double call = Black76Formulas.price(true, f, k, t, r, v);
    double put = Black76Formulas.price(false, f, k, t, r, v);
    assertThat(call - put).isCloseTo(Math.exp(-r * t) * (f - k), within(PARITY * f));
  }

  /** Values from Haug (2007), section 1.1.2: a put on a future and a call on a forward. */
  @ParameterizedTest(name = "call={0} F={1} K={2} T={3} r={4} vol={5}: {6}")
  @CsvSource({
    // Haug's example: F = 19, X = 19, T = 0.75, r = 0.10, sigma = 0.28: c = p = 1.7011
    "true, 19, 19, 0.75, 0.10, 0.28, 1.7011",
    "false, 19, 19, 0.75, 0.10, 0.28, 1.7011"
  })
  void price_matchesHaugsExample(
      boolean call, double f, double k, double t, double r, double v, double expected) {
    assertThat(Black76Formulas.price(call, f, k, t, r, v)).isCloseTo(expected, within(5e-5));
  }
}
