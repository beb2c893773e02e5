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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImpliedVolatilityTest {
  private static final ImpliedVolatility SOLVER = ImpliedVolatility.DEFAULT;
  private static final OptionPricer PRICER = OptionPricer.DEFAULT;

  /**
   * A European round trip recovers the volatility to 1e-7 of itself: the solver stops at 1e-12 of
   * the total volatility, and the price it inverts carries 1e-16 of itself, which the vega of the
   * grid's flattest corner (a one-day option far from the money) turns into at most 1e-8.
   */
  private static final double EUROPEAN_ROUND_TRIP = 1e-7;

  /**
   * A defined volatility gives the price back to 1e-9 of itself: tighter than the solver's own
   * check (1e-6 of the time value), as the round trips recover the volatility to 1e-7 or better.
   */
  private static final double REPRICED = 1e-9;

  /** American: Brent stops at 1e-13 in volatility; the BS2002 value is smooth to 1e-12. */
  private static final double AMERICAN_ROUND_TRIP = 1e-6;

  /**
   * The share of the grid that must come back defined (the rest is checked to be information-free).
   */
  private static final double DEFINED_SHARE = 0.6;

  static Stream<Arguments> europeanGrid() {
    List<Arguments> cases = new ArrayList<>();
    for (OptionModel model : OptionModel.values()) {
      for (OptionRight right : OptionRight.values()) {
        for (double vol : new double[] {0.01, 0.05, 0.2, 0.8, 2, 5}) {
          cases.add(Arguments.of(model, right, vol));
        }
      }
    }
    return cases.stream();
  }

  /** Days to ten years, strikes from a fifth to five times the underlying. */
  private static final double[] YEARS = {1 / 365.0, 7 / 365.0, 0.25, 1, 10};

  private static final double[] STRIKES = {20, 50, 80, 95, 100, 105, 125, 200, 500};

  @ParameterizedTest(name = "{0} {1} vol={2}")
  @MethodSource("europeanGrid")
  void solve_roundTripsEuropeanPricesOrSaysTheyCarryNoVolatility(
      OptionModel model, OptionRight right, double vol) {
    int defined = 0;
    for (double t : YEARS) {
      for (double k : STRIKES) {
        OptionSpec spec = OptionSpec.european(right, model, 100, k, t, 0.03, 0.01, vol);
        double price = PRICER.price(spec);
        ImpliedVolResult result = SOLVER.solve(spec.withVolatility(Double.NaN), price);
        if (result.isDefined()) {
          defined++;
          assertThat(result.volatility())
              .as("%s", spec)
              .isCloseTo(vol, within(EUROPEAN_ROUND_TRIP * vol));
          assertThat(result.undefinedReason()).isNull();
          assertThat(PRICER.price(spec.withVolatility(result.volatility())))
              .as("%s repriced", spec)
              .isCloseTo(price, within(REPRICED * price));
        } else {
          assertCarriesNoVolatility(spec, price, result);
        }
      }
    }
    assertThat(defined).isPositive();
  }

  @Test
  void solve_definesMostOfTheGrid() {
    int defined = 0;
    int all = 0;
    for (OptionModel model : OptionModel.values()) {
      for (OptionRight right : OptionRight.values()) {
        for (double vol : new double[] {0.01, 0.05, 0.2, 0.8, 2, 5}) {
          for (double t : YEARS) {
            for (double k : STRIKES) {
              OptionSpec spec = OptionSpec.european(right, model, 100, k, t, 0.03, 0.01, vol);
              all++;
              if (SOLVER.solve(spec, PRICER.price(spec)).isDefined()) {
                defined++;
              }
            }
          }
        }
      }
    }
    assertThat((double) defined / all).isGreaterThan(DEFINED_SHARE);
  }

  /**
   * An undefined result is allowed only where the price holds (almost) no volatility: its time
   * value or its distance to the upper bound is below 1e-8 of it, or it is a subnormal number. The
   * bounds here are worked out again, independently of PriceBounds.
   */
  private static void assertCarriesNoVolatility(
      OptionSpec spec, double price, ImpliedVolResult result) {
    double t = spec.years();
    double strikePv = spec.strike() * Math.exp(-spec.rate() * t);
    double underlyingPv =
        spec.model() == OptionModel.BLACK_76
            ? spec.underlyingPrice() * Math.exp(-spec.rate() * t)
            : spec.underlyingPrice() * Math.exp(-spec.yield() * t);
    double lower = Math.max(spec.isCall() ? underlyingPv - strikePv : strikePv - underlyingPv, 0);
    double upper = spec.isCall() ? underlyingPv : strikePv;
    double informative = Math.min(price - lower, upper - price);
    assertThat(informative <= 2e-8 * price || price < Double.MIN_NORMAL)
        .as("%s at %s: %s", spec, price, result.undefinedReason())
        .isTrue();
    assertThat(result.volatility()).isNaN();
    assertThat(result.undefinedReason()).contains("says nothing of the volatility");
  }

  static Stream<Arguments> americanGrid() {
    List<Arguments> cases = new ArrayList<>();
    for (OptionModel model : OptionModel.values()) {
      for (OptionRight right : OptionRight.values()) {
        for (double vol : new double[] {0.05, 0.3, 1.0}) {
          cases.add(Arguments.of(model, right, vol));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "American {0} {1} vol={2}")
  @MethodSource("americanGrid")
  void solve_roundTripsAmericanPrices(OptionModel model, OptionRight right, double vol) {
    for (double t : new double[] {7 / 365.0, 0.5, 3}) {
      for (double k : new double[] {70, 100, 140}) {
        OptionSpec spec =
            new OptionSpec(right, ExerciseStyle.AMERICAN, model, 100, k, t, 0.05, 0.02, vol);
        double price = PRICER.price(spec);
        ImpliedVolResult result = SOLVER.solve(spec, price);
        if (result.isDefined()) {
          assertThat(result.volatility())
              .as("%s", spec)
              .isCloseTo(vol, within(AMERICAN_ROUND_TRIP * vol));
          assertThat(PRICER.price(spec.withVolatility(result.volatility())))
              .isCloseTo(price, within(REPRICED * price));
        } else {
          // no time value over the larger of the intrinsic and the discounted intrinsic value
          double s = spec.underlyingPrice();
          double forwardIntrinsic =
              right == OptionRight.CALL
                  ? s * Math.exp(-(model == OptionModel.BLACK_76 ? 0.05 : 0.02) * t)
                      - k * Math.exp(-0.05 * t)
                  : k * Math.exp(-0.05 * t)
                      - s * Math.exp(-(model == OptionModel.BLACK_76 ? 0.05 : 0.02) * t);
          double lower = Math.max(spec.intrinsicValue(), forwardIntrinsic);
          assertThat(price - lower)
              .as("%s: %s", spec, result.undefinedReason())
              .isLessThanOrEqualTo(2e-8 * price);
          assertThat(result.undefinedReason()).contains("no time value to speak of");
        }
      }
    }
  }

  @Test
  void solve_findsTheVolatilityOfATinyTimeValueThatANaiveSolverMisses() {
    // a call 70 in the money, a month and a bit to expiry, at 80 %: its time value is 2.3e-6,
    // 3e-8 of its price, and its vega at 50 % is 1e-12
    OptionSpec spec =
        OptionSpec.european(
            OptionRight.CALL, OptionModel.BLACK_SCHOLES_MERTON, 100, 30, 0.1, 0.05, 0, 0.8);
    double price = PRICER.price(spec);
    assertThat(SOLVER.solve(spec, price).volatility()).isCloseTo(0.8, within(1e-8));
    assertThat(naiveNewton(spec, price)).isNotCloseTo(0.8, within(0.1));
    // a day less and the time value is 1.5e-13 of the price: nothing left to solve
    OptionSpec shorter = spec.withYears(0.05);
    ImpliedVolResult none = SOLVER.solve(shorter, PRICER.price(shorter));
    assertThat(none.isDefined()).isFalse();
    assertThat(none.undefinedReason()).contains("no time value to speak of");
  }

  /** Newton on the price from 50 %, kept in [1e-4, 10]: what a plain textbook solver does. */
  private static double naiveNewton(OptionSpec spec, double price) {
    double vol = 0.5;
    for (int i = 0; i < 100; i++) {
      Greeks greeks = PRICER.greeks(spec.withVolatility(vol));
      if (Math.abs(greeks.price() - price) <= 1e-8 * price) {
        break;
      }
      vol = Math.min(10, Math.max(1e-4, vol - (greeks.price() - price) / (greeks.vega() * 100)));
    }
    return vol;
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
    "CALL, 9.0, below the discounted intrinsic value",
    "CALL, 110, not below the option's highest possible value",
    "CALL, 110.5, not below the option's highest possible value",
    "CALL, 109.9999999999, at the option's highest possible value 110 to within rounding",
    "PUT, 0, no time value to speak of",
    "PUT, -1, is not a number of 0 or more",
    "PUT, NaN, is not a number of 0 or more",
    "CALL, Infinity, is not a number of 0 or more"
  })
  void solve_saysWhyAPriceHasNoVolatility(OptionRight right, double price, String reason) {
    // S = 110, K = 100, T = 1, r = 5 %, q = 0: the call's discounted intrinsic value is 14.88
    // and its upper bound 110; the put's lower bound is 0
    OptionSpec spec =
        OptionSpec.european(right, OptionModel.BLACK_SCHOLES_MERTON, 110, 100, 1, 0.05, 0, 0.3);
    ImpliedVolResult result = SOLVER.solve(spec, price);
    assertThat(result.isDefined()).isFalse();
    assertThat(result.volatility()).isNaN();
    assertThat(result.undefinedReason()).contains(reason);
  }

  @Test
  void solve_atExpiryIsUndefined() {
    OptionSpec expired =
        OptionSpec.european(OptionRight.CALL, OptionModel.BLACK_76, 110, 100, 0, 0.05, 0, 0.3);
    ImpliedVolResult result = SOLVER.solve(expired, 10.5);
    assertThat(result.isDefined()).isFalse();
    assertThat(result.undefinedReason()).contains("at expiry");
  }

  @Test
  void solve_outsideTheVolatilityRangeIsUndefined() {
    OptionSpec spec =
        OptionSpec.european(OptionRight.CALL, OptionModel.BLACK_76, 100, 100, 0.01, 0.0, 0, 12);
    ImpliedVolResult tooHigh = SOLVER.solve(spec, PRICER.price(spec));
    assertThat(tooHigh.undefinedReason()).contains("highest volatility, 1,000 %");
    OptionSpec calm = spec.withYears(1).withVolatility(5e-5);
    ImpliedVolResult tooLow = SOLVER.solve(calm, PRICER.price(calm));
    assertThat(tooLow.undefinedReason()).contains("lowest volatility, 0.01 %");
    ImpliedVolResult lowest = SOLVER.solve(calm, PRICER.price(calm.withVolatility(1.01e-4)));
    assertThat(lowest.volatility()).isCloseTo(1.01e-4, within(1e-12));
  }

  @Test
  void solve_anAmericanPriceBelowItsIntrinsicValueIsUndefined() {
    OptionSpec put =
        new OptionSpec(
            OptionRight.PUT,
            ExerciseStyle.AMERICAN,
            OptionModel.BLACK_SCHOLES_MERTON,
            80,
            100,
            1,
            0.05,
            0,
            0.3);
    ImpliedVolResult result = SOLVER.solve(put, 19.5);
    assertThat(result.undefinedReason()).contains("below the intrinsic value 20");
    assertThat(SOLVER.solve(put, PRICER.price(put)).volatility()).isCloseTo(0.3, within(1e-7));
  }

  @Test
  void result_isEitherAVolatilityOrAReason() {
    assertThat(ImpliedVolResult.of(0.2).isDefined()).isTrue();
    assertThat(ImpliedVolResult.undefined("why").volatility()).isNaN();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImpliedVolResult(0, null))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImpliedVolResult(0.2, "why"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
