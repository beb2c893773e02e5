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

class BlackScholesFormulasTest {
  /** py_vollib's data is rounded to 1e-10 at the coarsest (see its note). */
  private static final double PY_VOLLIB_ABSOLUTE = 1e-10;

  /** ... and to six significant digits for some (-4.39722e-4): half a unit of the sixth. */
  private static final double PY_VOLLIB_RELATIVE = 5e-6;

  /**
   * Analytic Greek against a central difference with a bump of 1e-3 of the input's natural scale:
   * truncation about 1e-7 of the Greek, rounding below 1e-9; 1e-5 leaves room and still catches any
   * wrong term (those are off by 1e-2 and more).
   */
  private static final double FINITE_DIFFERENCE_RELATIVE = 1e-5;

  /** Below this size (per unit of spot) a Greek is compared absolutely: 1e-9 x S. */
  private static final double FINITE_DIFFERENCE_FLOOR = 1e-9;

  /** Spot bump for gamma, in units of S sigma sqrt T (the spot's natural scale). */
  private static final double SPOT_BUMP = 1e-3;

  /** Spot bump for delta, and the relative bumps of volatility and time, and the rate bump. */
  private static final double SMALL_BUMP = 1e-5;

  /** Put-call parity holds to the rounding of values of the order of S: 1e-13 x S. */
  private static final double PARITY = 1e-13;

  static Stream<PyVollibData.Row> pyVollibRows() {
    return PyVollibData.rows().stream();
  }

  @ParameterizedTest(name = "py_vollib line {index}")
  @MethodSource("pyVollibRows")
  void formulas_matchPyVollib(PyVollibData.Row row) {
    for (boolean call : new boolean[] {true, false}) {
      double[] expected = call ? row.call() : row.put();
      double s = row.spot();
      double k = row.strike();
      double t = row.years();
      double r = row.rate();
      double v = row.vol();
      String side = (call ? "call" : "put") + " of line " + row.line();
      close(
          BlackScholesFormulas.price(call, s, k, t, r, 0, v),
          call ? row.callPrice() : row.putPrice(),
          side + " price");
      close(BlackScholesFormulas.delta(call, s, k, t, r, 0, v), expected[0], side + " delta");
      close(BlackScholesFormulas.gamma(s, k, t, r, 0, v), expected[1], side + " gamma");
      close(BlackScholesFormulas.theta(call, s, k, t, r, 0, v), expected[2], side + " theta");
      close(BlackScholesFormulas.vega(s, k, t, r, 0, v), expected[3], side + " vega");
      close(BlackScholesFormulas.rho(call, s, k, t, r, 0, v), expected[4], side + " rho");
    }
  }

  private static void close(double actual, double expected, String what) {
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(PY_VOLLIB_ABSOLUTE + PY_VOLLIB_RELATIVE * Math.abs(expected)));
  }

  @Test
  void pyVollibData_hasAllItsRows() {
    assertThat(PyVollibData.rows()).hasSize(101);
  }

  /** Spot 100; strike, years, rate, yield, volatility; calls and puts. */
  static Stream<Arguments> grid() {
    List<Arguments> cases = new ArrayList<>();
    for (double k : new double[] {60, 90, 100, 110, 150}) {
      for (double t : new double[] {0.02, 0.5, 3}) {
        for (double r : new double[] {-0.01, 0.05}) {
          for (double q : new double[] {0, 0.03}) {
            for (double v : new double[] {0.05, 0.3, 1.2}) {
              cases.add(Arguments.of(true, k, t, r, q, v));
              cases.add(Arguments.of(false, k, t, r, q, v));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "call={0} K={1} T={2} r={3} q={4} vol={5}")
  @MethodSource("grid")
  void greeks_matchFiniteDifferences(
      boolean call, double k, double t, double r, double q, double v) {
    double s = 100;
    double sd = v * Math.sqrt(t);
    double ds = SPOT_BUMP * s * sd;
    fd(
        BlackScholesFormulas.delta(call, s, k, t, r, q, v),
        FiniteDifference.first(
            x -> BlackScholesFormulas.price(call, x, k, t, r, q, v), s, SMALL_BUMP * s * sd),
        "delta");
    fd(
        BlackScholesFormulas.gamma(s, k, t, r, q, v),
        FiniteDifference.second(x -> BlackScholesFormulas.price(call, x, k, t, r, q, v), s, ds),
        "gamma");
    fd(
        BlackScholesFormulas.vega(s, k, t, r, q, v),
        FiniteDifference.first(
            x -> BlackScholesFormulas.price(call, s, k, t, r, q, x), v, SMALL_BUMP * v),
        "vega");
    fd(
        BlackScholesFormulas.theta(call, s, k, t, r, q, v),
        -FiniteDifference.first(
            x -> BlackScholesFormulas.price(call, s, k, x, r, q, v), t, SMALL_BUMP * t),
        "theta");
    fd(
        BlackScholesFormulas.rho(call, s, k, t, r, q, v),
        FiniteDifference.first(
            x -> BlackScholesFormulas.price(call, s, k, t, x, q, v), r, SMALL_BUMP),
        "rho");
  }

  private static void fd(double analytic, double difference, String what) {
    assertThat(analytic)
        .as(what + " against its finite difference " + difference)
        .isCloseTo(
            difference,
            within(
                Math.max(
                    FINITE_DIFFERENCE_RELATIVE * Math.abs(difference),
                    FINITE_DIFFERENCE_FLOOR * 100)));
  }

  @ParameterizedTest(name = "call={0} K={1} T={2} r={3} q={4} vol={5}")
  @MethodSource("grid")
  void greeks_isEveryFormulaAtOnceInDisplayUnits(
      boolean call, double k, double t, double r, double q, double v) {
    double s = 100;
    Greeks greeks = BlackScholesFormulas.greeks(call, s, k, t, r, q, v);
    double tight = 1e-14;
    assertThat(greeks.price())
        .isCloseTo(BlackScholesFormulas.price(call, s, k, t, r, q, v), within(tight * s));
    assertThat(greeks.delta())
        .isCloseTo(BlackScholesFormulas.delta(call, s, k, t, r, q, v), within(tight));
    assertThat(greeks.gamma())
        .isCloseTo(BlackScholesFormulas.gamma(s, k, t, r, q, v), within(tight));
    assertThat(greeks.vega())
        .isCloseTo(BlackScholesFormulas.vega(s, k, t, r, q, v) * 0.01, within(tight * s));
    assertThat(greeks.theta())
        .isCloseTo(BlackScholesFormulas.theta(call, s, k, t, r, q, v) / 365, within(tight * s));
    assertThat(greeks.rho())
        .isCloseTo(BlackScholesFormulas.rho(call, s, k, t, r, q, v) * 0.01, within(tight * s));
  }

  @ParameterizedTest(name = "K={1} T={2} r={3} q={4} vol={5}")
  @MethodSource("grid")
  void price_keepsPutCallParityWithTheYield(
      boolean ignored, double k, double t, double r, double q, double v) {
    double s = 100;
    double call = BlackScholesFormulas.price(true, s, k, t, r, q, v);
    double put = BlackScholesFormulas.price(false, s, k, t, r, q, v);
    assertThat(call - put)
        .isCloseTo(s * Math.exp(-q * t) - k * Math.exp(-r * t), within(PARITY * s));
  }

  @ParameterizedTest(name = "call={0} S={1}")
  @CsvSource({
    "true, 120, 20, 1", "true, 80, 0, 0", "true, 100, 0, 0.5",
    "false, 80, 20, -1", "false, 120, 0, 0", "false, 100, 0, -0.5"
  })
  void greeks_atExpiryAreTheIntrinsicValue(boolean call, double spot, double value, double delta) {
    Greeks greeks = BlackScholesFormulas.greeks(call, spot, 100, 0, 0.05, 0.02, 0.3);
    assertThat(greeks).isEqualTo(new Greeks(value, delta, 0, 0, 0, 0));
    assertThat(BlackScholesFormulas.price(call, spot, 100, 0, 0.05, 0.02, 0.3)).isEqualTo(value);
    assertThat(BlackScholesFormulas.delta(call, spot, 100, 0, 0.05, 0.02, 0.3)).isEqualTo(delta);
  }

  @Test
  void greeks_atZeroVolatilityAreTheDiscountedForwardIntrinsicValue() {
    double t = 0.5;
    double r = 0.05;
    double q = 0.01;
    Greeks inTheMoney = BlackScholesFormulas.greeks(true, 110, 100, t, r, q, 0);
    double spotPv = 110 * Math.exp(-q * t);
    double strikePv = 100 * Math.exp(-r * t);
    assertThat(inTheMoney.price()).isCloseTo(spotPv - strikePv, within(1e-12));
    assertThat(inTheMoney.delta()).isCloseTo(Math.exp(-q * t), within(1e-15));
    assertThat(inTheMoney.gamma()).isZero();
    assertThat(inTheMoney.vega()).isZero();
    assertThat(inTheMoney.theta()).isCloseTo((q * spotPv - r * strikePv) / 365, within(1e-14));
    assertThat(inTheMoney.rho()).isCloseTo(strikePv * t * 0.01, within(1e-13));
    Greeks outOfTheMoney = BlackScholesFormulas.greeks(true, 90, 100, t, r, q, 0);
    assertThat(outOfTheMoney).isEqualTo(new Greeks(0, 0, 0, 0, 0, 0));
    assertThat(BlackScholesFormulas.greeks(true, 100, 100, t, r, Double.NaN, 0.2).price()).isNaN();
    assertThat(BlackScholesFormulas.price(false, 100, 100, t, r, q, Double.NaN)).isNaN();
  }
}
