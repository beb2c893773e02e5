package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BivariateNormalTest {
  /**
   * Against numerical integration: Genz reports 1e-15 absolute for his method; the integration
   * below is run to 1e-14 relative, so 5e-14 absolute separates a wrong formula (errors of 1e-3 and
   * more) from rounding.
   */
  private static final double AGAINST_INTEGRAL = 5e-14;

  /** Identities that hold exactly in exact arithmetic: a few ulps of values below 1. */
  private static final double IDENTITY = 1e-15;

  /** 2.2e-16 seen on a finer grid (docs/pricing.md): a few ulps of values below 1. */
  private static final double FOURTEEN_AGAINST_TWENTY = 5e-16;

  private static final double[] GRID = {-6, -3, -1.5, -0.7, -0.2, 0, 0.3, 1, 2, 4};

  /**
   * M(a, b; rho) as the integral over x up to a of phi(x) N((b - rho x) / sqrt(1 - rho^2)), by
   * adaptive Gauss-Legendre with commons-math's normal distribution: independent of the class.
   */
  private static double integral(double a, double b, double rho) {
    double scale = Math.sqrt(1 - rho * rho);
    IterativeLegendreGaussIntegrator integrator =
        new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-18);
    double from = Math.min(a, -9) - 1;
    return integrator.integrate(
        1_000_000,
        x ->
            Math.exp(-0.5 * x * x)
                / Math.sqrt(2 * Math.PI)
                * 0.5
                * Erf.erfc(-(b - rho * x) / scale / Math.sqrt(2)),
        from,
        a);
  }

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(
      doubles = {-0.99, -0.95, -0.9, -0.786, -0.5, -0.2, 0.1, 0.25, 0.6, 0.786, 0.93, 0.99})
  void cdf_matchesNumericalIntegration(double rho) {
    for (double a : GRID) {
      for (double b : GRID) {
        assertThat(BivariateNormal.cdf(a, b, rho))
            .as("M(%s, %s; %s)", a, b, rho)
            .isCloseTo(integral(a, b, rho), within(AGAINST_INTEGRAL));
      }
    }
  }

  @Test
  void cdf_zeroCorrelationIsTheProduct() {
    for (double a : GRID) {
      for (double b : GRID) {
        assertThat(BivariateNormal.cdf(a, b, 0))
            .isCloseTo(StandardNormal.cdf(a) * StandardNormal.cdf(b), within(IDENTITY));
      }
    }
  }

  @Test
  void cdf_perfectCorrelationIsTheMinimumOrTheOverlap() {
    for (double a : GRID) {
      for (double b : GRID) {
        assertThat(BivariateNormal.cdf(a, b, 1))
            .isCloseTo(StandardNormal.cdf(Math.min(a, b)), within(IDENTITY));
        assertThat(BivariateNormal.cdf(a, b, -1))
            .isCloseTo(
                Math.max(StandardNormal.cdf(a) - StandardNormal.cdf(-b), 0), within(IDENTITY));
      }
    }
  }

  @Test
  void cdf_isSymmetricInItsArgumentsAndKnowsTheOrigin() {
    for (double rho = -0.95; rho <= 0.95; rho += 0.05) {
      // Sheppard: M(0, 0; rho) = 1/4 + asin(rho) / (2 pi)
      assertThat(BivariateNormal.cdf(0, 0, rho))
          .isCloseTo(0.25 + Math.asin(rho) / (2 * Math.PI), within(IDENTITY));
      for (double a : GRID) {
        assertThat(BivariateNormal.cdf(a, 1.3, rho))
            .isCloseTo(BivariateNormal.cdf(1.3, a, rho), within(IDENTITY));
        // M(a, b; rho) + M(a, -b; -rho) = N(a)
        assertThat(BivariateNormal.cdf(a, 0.4, rho) + BivariateNormal.cdf(a, -0.4, -rho))
            .isCloseTo(StandardNormal.cdf(a), within(2 * IDENTITY));
      }
    }
  }

  @Test
  void withCorrelation_givesTheSameAsTheStaticForm() {
    BivariateNormal fixed = BivariateNormal.withCorrelation(0.7);
    assertThat(fixed.cdf(-0.3, 0.8)).isEqualTo(BivariateNormal.cdf(-0.3, 0.8, 0.7));
    assertThat(BivariateNormal.cdf(Double.NaN, 0, 0.5)).isNaN();
  }

  /**
   * Keel's 14-point rule, for 0.75 &lt;= |rho| &lt; 0.8 (the American approximation's 0.786 among
   * them), against Genz's 20 points: both are at rounding there, so they agree to a few ulps.
   */
  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {-0.799, -0.786, -0.75, 0.75, 0.786, 0.799})
  void cdf_fourteenPoints_agreeWithTwenty(double rho) {
    BivariateNormal fourteen = BivariateNormal.withCorrelation(rho);
    BivariateNormal twenty = BivariateNormal.withCorrelation(rho, 20);
    int differ = 0;
    for (double a = -9; a <= 9; a += 0.1) {
      for (double b = -9; b <= 9; b += 0.1) {
        assertThat(fourteen.cdf(a, b))
            .as("M(%s, %s; %s)", a, b, rho)
            .isCloseTo(twenty.cdf(a, b), within(FOURTEEN_AGAINST_TWENTY));
        differ += fourteen.cdf(a, b) == twenty.cdf(a, b) ? 0 : 1;
      }
    }
    // not the same rule under another name: the last bits differ somewhere
    assertThat(differ).isPositive();
  }
}
