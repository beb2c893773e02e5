package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BjerksundStensland2002Test {
  /** Haug prints four decimals: half a unit of the fourth. */
  private static final double PRINTED = 5e-5;

  /** Steps of the binomial tree (averaged with one more): its error is below 2e-3 here. */
  private static final int TREE_STEPS = 1500;

  /** The tree's own error, by which BS2002 (a lower bound of the true value) may exceed it. */
  private static final double TREE_ERROR = 2e-3;

  /**
   * How far BS2002 may fall below the tree. Its flat triggers are a feasible but not the best
   * exercise strategy, so it is a lower bound, a few tenths of a percent below the true value for
   * most inputs and up to about 2 % for out-of-the-money puts at low volatility, where two flat
   * triggers fit the true boundary worst (2.2 % at S = 120, T = 2, r = b = 0.05, sigma = 0.15 on
   * this grid; the 1993 one-trigger approximation is further off there, 2.9 %): 2.5 % plus the
   * tree's error.
   */
  private static final double APPROXIMATION_RELATIVE = 0.025;

  /**
   * Haug (2007), section 3.1.4: American calls on a future (b = 0), X = 100, r = 0.1, by the 2002
   * approximation.
   */
  @ParameterizedTest(name = "S={0} T={1} vol={2}: {3}")
  @CsvSource({
    "90, 0.1, 0.15, 0.0205",
    "100, 0.1, 0.15, 1.8757",
    "110, 0.1, 0.15, 10.0000",
    "90, 0.1, 0.25, 0.3151",
    "100, 0.1, 0.25, 3.1256",
    "110, 0.1, 0.25, 10.3725",
    "90, 0.1, 0.35, 0.9479",
    "100, 0.1, 0.35, 4.3746",
    "110, 0.1, 0.35, 11.1578",
    "90, 0.5, 0.15, 0.8099",
    "100, 0.5, 0.15, 4.0628",
    "110, 0.5, 0.15, 10.7898",
    "90, 0.5, 0.25, 2.7180",
    "100, 0.5, 0.25, 6.7661",
    "110, 0.5, 0.25, 12.9814",
    "90, 0.5, 0.35, 4.9665",
    "100, 0.5, 0.35, 9.4608",
    "110, 0.5, 0.35, 15.5137"
  })
  void price_matchesHaugsTable(double s, double t, double vol, double expected) {
    assertThat(BjerksundStensland2002.price(true, s, 100, t, 0.1, 0, vol))
        .isCloseTo(expected, within(PRINTED));
  }

  static Stream<Arguments> grid() {
    List<Arguments> cases = new ArrayList<>();
    for (double s : new double[] {80, 100, 120}) {
      for (double t : new double[] {0.1, 0.5, 2}) {
        for (double[] rb :
            new double[][] {{0.05, 0.05}, {0.05, 0.0}, {0.08, -0.04}, {0.02, 0.02}}) {
          for (double vol : new double[] {0.15, 0.4}) {
            cases.add(Arguments.of(true, s, t, rb[0], rb[1], vol));
            cases.add(Arguments.of(false, s, t, rb[0], rb[1], vol));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "call={0} S={1} T={2} r={3} b={4} vol={5}")
  @MethodSource("grid")
  void price_isALowerBoundCloseToABinomialTree(
      boolean call, double s, double t, double r, double b, double vol) {
    double approximation = BjerksundStensland2002.price(call, s, 100, t, r, b, vol);
    double tree = BinomialTree.american(call, s, 100, t, r, b, vol, TREE_STEPS);
    assertThat(approximation).isLessThanOrEqualTo(tree + TREE_ERROR);
    assertThat(approximation)
        .isGreaterThanOrEqualTo(tree * (1 - APPROXIMATION_RELATIVE) - TREE_ERROR);
  }

  @ParameterizedTest(name = "call={0} S={1} T={2} r={3} b={4} vol={5}")
  @MethodSource("grid")
  void price_isNeverBelowTheEuropeanNorTheIntrinsicValue(
      boolean call, double s, double t, double r, double b, double vol) {
    double american = BjerksundStensland2002.price(call, s, 100, t, r, b, vol);
    assertThat(american)
        .isGreaterThanOrEqualTo(BlackScholesFormulas.price(call, s, 100, t, r, r - b, vol))
        .isGreaterThanOrEqualTo(Math.max(call ? s - 100 : 100 - s, 0));
  }

  @Test
  void price_ofACallWithCarryAtLeastTheRateIsTheEuropeanCall() {
    for (double s : new double[] {70, 100, 150}) {
      for (double b : new double[] {0.05, 0.08}) {
        assertThat(BjerksundStensland2002.price(true, s, 100, 1, 0.05, b, 0.3))
            .isEqualTo(BlackScholesFormulas.price(true, s, 100, 1, 0.05, 0.05 - b, 0.3));
      }
    }
  }

  @Test
  void price_ofAPutIsTheTransformedCall() {
    // P(S, K, T, r, b) = C(K, S, T, r - b, -b): a put on 90 struck at 100 is a call on 100 at 90
    double put = BjerksundStensland2002.price(false, 90, 100, 0.75, 0.06, 0.02, 0.3);
    double call = BjerksundStensland2002.price(true, 100, 90, 0.75, 0.04, -0.02, 0.3);
    assertThat(put).isCloseTo(call, within(1e-12));
  }

  @Test
  void price_deepInTheMoneyIsExercisedNow() {
    assertThat(BjerksundStensland2002.price(false, 40, 100, 1, 0.08, 0.08, 0.2)).isEqualTo(60);
    assertThat(BjerksundStensland2002.price(true, 100, 90, 0, 0.05, 0, 0.2)).isEqualTo(10);
  }

  @ParameterizedTest(name = "call={0} S={1} r={2} b={3}")
  @CsvSource({
    "false, 90, 0.05, 0.05",
    "false, 99, 0.05, 0.02",
    "true, 110, 0.05, -0.03",
    "true, 103, 0.05, 0.01",
    "false, 80, 0.02, 0.10"
  })
  void price_atZeroVolatilityTakesTheBestCertainExercise(
      boolean call, double s, double r, double b) {
    double t = 2;
    double best = 0;
    for (int i = 0; i <= 200_000; i++) {
      double u = t * i / 200_000.0;
      double path = s * Math.exp(b * u);
      best = Math.max(best, Math.exp(-r * u) * (call ? path - 100 : 100 - path));
    }
    assertThat(BjerksundStensland2002.price(call, s, 100, t, r, b, 0))
        .isCloseTo(best, within(1e-8 * s));
  }
}
