package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keel's formulas against OpenGamma Strata's (a test-only dependency, decision 17): {@code
 * BlackScholesFormulaRepository} (spot, cost of carry b) and {@code BlackFormulaRepository}
 * (forward, undiscounted). Strata's units: vega per 1.00 of volatility, theta -dV/dT per year, rho
 * per 1.00 of rate with the yield held (the carry moving with the rate, as Keel's; its carry rho is
 * the derivative in b alone), Black prices and Greeks without the discount factor.
 */
class StrataCrossCheckTest {
  /**
   * Two independent implementations of the same closed forms: they differ only by rounding and by
   * the normal distribution each uses (Strata's is good to about 1e-15 in the body), so 1e-12 of
   * the larger of the value and the spot is ample and still catches any unit or term mistake.
   */
  private static final double AGREEMENT = 1e-12;

  static Stream<Arguments> grid() {
    List<Arguments> cases = new ArrayList<>();
    for (double k : new double[] {40, 85, 100, 120, 250}) {
      for (double t : new double[] {5 / 365.0, 0.5, 4}) {
        for (double r : new double[] {-0.01, 0.03}) {
          for (double q : new double[] {0, 0.04}) {
            for (double v : new double[] {0.08, 0.35, 1.5}) {
              cases.add(Arguments.of(true, k, t, r, q, v));
              cases.add(Arguments.of(false, k, t, r, q, v));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "BSM call={0} K={1} T={2} r={3} q={4} vol={5}")
  @MethodSource("grid")
  void blackScholesMerton_agreesWithStrata(
      boolean call, double k, double t, double r, double q, double v) {
    double s = 100;
    double b = r - q;
    Greeks keel = BlackScholesFormulas.greeks(call, s, k, t, r, q, v);
    agree(keel.price(), BlackScholesFormulaRepository.price(s, k, t, v, r, b, call), "price");
    agree(keel.delta(), BlackScholesFormulaRepository.delta(s, k, t, v, r, b, call), "delta");
    agree(keel.gamma(), BlackScholesFormulaRepository.gamma(s, k, t, v, r, b), "gamma");
    agree(keel.vega(), BlackScholesFormulaRepository.vega(s, k, t, v, r, b) * 0.01, "vega");
    agree(keel.theta(), BlackScholesFormulaRepository.theta(s, k, t, v, r, b, call) / 365, "theta");
    agree(keel.rho(), BlackScholesFormulaRepository.rho(s, k, t, v, r, b, call) * 0.01, "rho");
  }

  @ParameterizedTest(name = "Black-76 call={0} K={1} T={2} r={3} vol={5}")
  @MethodSource("grid")
  void black76_agreesWithStrata(boolean call, double k, double t, double r, double q, double v) {
    double f = 100;
    double discount = Math.exp(-r * t);
    Greeks keel = Black76Formulas.greeks(call, f, k, t, r, v);
    double price = discount * BlackFormulaRepository.price(f, k, t, v, call);
    agree(keel.price(), price, "price");
    agree(keel.delta(), discount * BlackFormulaRepository.delta(f, k, t, v, call), "delta");
    agree(keel.gamma(), discount * BlackFormulaRepository.gamma(f, k, t, v), "gamma");
    agree(keel.vega(), discount * BlackFormulaRepository.vega(f, k, t, v) * 0.01, "vega");
    // theta with the forward held: Black-Scholes-Merton on F with zero carry
    agree(keel.theta(), BlackScholesFormulaRepository.theta(f, k, t, v, r, 0, call) / 365, "theta");
    agree(keel.rho(), -t * price * 0.01, "rho");
  }

  private static void agree(double keel, double strata, String what) {
    assertThat(keel)
        .as(what + ": Strata says " + strata)
        .isCloseTo(strata, within(AGREEMENT * Math.max(100, Math.abs(strata))));
  }
}
