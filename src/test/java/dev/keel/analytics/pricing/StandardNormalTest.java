package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardNormalTest {
  /**
   * Relative agreement with commons-math in the body (|x| <= 5.5): both are good to a few 1e-15
   * there (commons-math's continued fraction stops at 1e-15), so 1e-14 leaves room for both.
   */
  private static final double BODY_RELATIVE = 1e-14;

  /**
   * Relative agreement in the tails, where commons-math forms x^2 without the exact split and loses
   * about x^2 ulps (5e-13 at x = -37): 2e-12.
   */
  private static final double TAIL_RELATIVE = 2e-12;

  /** Absolute agreement everywhere, for values a double holds only as subnormals. */
  private static final double TAIL_ABSOLUTE = 1e-300;

  /** Against 40-digit values rounded to 17: a few ulps (the far tail's x^2 split keeps them). */
  private static final double KNOWN_RELATIVE = 2e-15;

  private static double commonsCdf(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }

  @Test
  void cdf_matchesCommonsMathOnAWideGrid() {
    int checked = 0;
    for (double x = -38.4; x <= 9.0; x += 0.000977) {
      double mine = StandardNormal.cdf(x);
      double reference = commonsCdf(x);
      double relative = Math.abs(x) <= 5.5 ? BODY_RELATIVE : TAIL_RELATIVE;
      assertThat(Math.abs(mine - reference))
          .as("N(%s): %s against %s", x, mine, reference)
          .isLessThanOrEqualTo(Math.max(relative * reference, TAIL_ABSOLUTE));
      checked++;
    }
    assertThat(checked).isGreaterThan(48_000);
  }

  /** N(x) to 17 digits, by mpmath 1.3 at 40 digits ({@code mpmath.ncdf}). */
  @ParameterizedTest(name = "N({0}) = {1}")
  @CsvSource({
    "0, 0.5",
    "-0.5, 0.3085375387259869",
    "-1, 0.15865525393145705",
    "-2, 0.022750131948179207",
    "-3, 0.0013498980316300945",
    "-5, 2.8665157187919391e-7",
    "-10, 7.6198530241605261e-24",
    "-20, 2.7536241186062337e-89",
    "-30, 4.9067139271481871e-198",
    "-37, 5.7255712225245768e-300",
    "1, 0.84134474606854295",
    "3, 0.99865010196836991"
  })
  void cdf_matchesPublishedValues(double x, double expected) {
    assertThat(StandardNormal.cdf(x)).isCloseTo(expected, within(KNOWN_RELATIVE * expected));
  }

  @Test
  void cdf_isSymmetricAndMonotone() {
    double previous = 0;
    for (double x = -10; x <= 10; x += 0.01) {
      double value = StandardNormal.cdf(x);
      assertThat(value + StandardNormal.cdf(-x)).isCloseTo(1.0, within(2e-16));
      assertThat(value).isGreaterThanOrEqualTo(previous);
      previous = value;
    }
  }

  @Test
  void cdf_atTheEndsAndNaN() {
    assertThat(StandardNormal.cdf(-40)).isZero();
    assertThat(StandardNormal.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(StandardNormal.cdf(40)).isEqualTo(1.0);
    assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(StandardNormal.cdf(Double.NaN)).isNaN();
  }

  @Test
  void pdf_isTheGaussianDensity() {
    for (double x = -8; x <= 8; x += 0.25) {
      double expected = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
      assertThat(StandardNormal.pdf(x)).isCloseTo(expected, within(1e-15 * expected));
    }
  }
}
