package dev.keel.analytics.pricing;

import org.apache.commons.math3.special.Erf;

/**
 * Inverts the normalised Black price of an out-of-the-money option for its total volatility {@code
 * s = sigma sqrt T}: a safeguarded Newton iteration in s, on a transformed price that is nearly
 * linear in each half of the price's range.
 *
 * <p>With {@code x = ln(F/K) <= 0} (an out-of-the-money call; an out-of-the-money put at {@code x >
 * 0} is the same with {@code -x}), the normalised price is {@code b(s) = e^{x/2} N(x/s + s/2) -
 * e^{-x/2} N(x/s - s/2)}, the undiscounted price over {@code sqrt(F K)}; it rises from 0 to {@code
 * e^{x/2}} and has its one inflection at {@code s_c = sqrt(-2x)}. Below the inflection price the
 * iteration solves {@code 1 / ln b(s) = 1 / ln beta}, above it {@code ln(e^{x/2} - b(s)) =
 * ln(e^{x/2} - beta)}, the difference formed without cancellation; both are close to quadratic in
 * s, where Newton from a fair guess needs three to five steps. This is the division of the range
 * and the transformations of P. Jaeckel, "Let's be rational", Wilmott (2015) 40-53, with a plain
 * Newton step instead of his third-order one and rational guesses: Keel's own code.
 *
 * <p>Every step keeps a bracket of the root (the price is increasing in s) and bisects when Newton
 * would leave it. The starting guesses are the asymptotic forms of b for small s ({@code b ~
 * e^{-x^2 / 2s^2} s^3 / (x^2 sqrt(2 pi))}) and for large s ({@code e^{x/2} - b ~ 2 cosh(x/2)
 * N(-s/2)}).
 */
final class NormalisedBlackSolver {
  /** A root is taken when a step moves s by less than this share of s. */
  static final double RELATIVE_STEP_TOLERANCE = 1e-12;

  /** Steps before giving up (the caller then falls back to Brent); typical solves take 3 to 6. */
  static final int MAX_ITERATIONS = 100;

  /** What {@link #solve} returns when even the lowest total volatility gives a higher price. */
  static final double BELOW_RANGE = Double.NEGATIVE_INFINITY;

  /** What {@link #solve} returns when even the highest total volatility gives a lower price. */
  static final double ABOVE_RANGE = Double.POSITIVE_INFINITY;

  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private NormalisedBlackSolver() {}

  /**
   * The total volatility s in [sMin, sMax] with {@code b(x, s) = beta}, for {@code x <= 0} and
   * {@code 0 < beta < e^{x/2}}; {@link #BELOW_RANGE} or {@link #ABOVE_RANGE} when the root lies
   * outside [sMin, sMax]; NaN when the iteration did not converge.
   */
  static double solve(double x, double beta, double sMin, double sMax) {
    double halfExp = Math.exp(0.5 * x);
    double inflection = Math.sqrt(-2 * x);
    double lo = sMin;
    double hi = sMax;
    boolean lower = inflection >= sMax;
    if (inflection > sMin && inflection < sMax) {
      lower = beta < price(x, halfExp, inflection);
      if (lower) {
        hi = inflection;
      } else {
        lo = inflection;
      }
    }
    // the end the inflection does not bound (both when the inflection is outside [sMin, sMax])
    if ((lower || inflection <= sMin) && price(x, halfExp, lo) > beta) {
      return BELOW_RANGE;
    }
    if ((!lower || inflection >= sMax) && gapToMaximum(x, halfExp, hi) > halfExp - beta) {
      return ABOVE_RANGE;
    }
    return lower ? lowerBranch(x, halfExp, beta, lo, hi) : upperBranch(x, halfExp, beta, lo, hi);
  }

  /** Newton on f(s) = 1 / ln b(s) - 1 / ln beta, below the inflection price. */
  private static double lowerBranch(double x, double halfExp, double beta, double lo, double hi) {
    double target = 1.0 / Math.log(beta);
    double s = clampOrMiddle(lowerGuess(x, beta), lo, hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double b = price(x, halfExp, s);
      if (b == beta) {
        return s;
      }
      if (b < beta) {
        lo = s;
      } else {
        hi = s;
      }
      double lnB = Math.log(b);
      double f = 1.0 / lnB - target;
      double slope = -vega(x, s) / (b * lnB * lnB);
      double next = clampOrMiddle(s - f / slope, lo, hi);
      if (Math.abs(next - s) <= RELATIVE_STEP_TOLERANCE * s) {
        return next;
      }
      s = next;
    }
    return Double.NaN;
  }

  /** Newton on g(s) = ln(e^{x/2} - beta) - ln(e^{x/2} - b(s)), above the inflection price. */
  private static double upperBranch(double x, double halfExp, double beta, double lo, double hi) {
    double gap = halfExp - beta;
    double lnGap = Math.log(gap);
    double s = clampOrMiddle(upperGuess(x, halfExp, gap), lo, hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double u = gapToMaximum(x, halfExp, s);
      if (u == gap) {
        return s;
      }
      if (u > gap) {
        lo = s;
      } else {
        hi = s;
      }
      double g = lnGap - Math.log(u);
      double slope = vega(x, s) / u;
      double next = clampOrMiddle(s - g / slope, lo, hi);
      if (Math.abs(next - s) <= RELATIVE_STEP_TOLERANCE * s) {
        return next;
      }
      s = next;
    }
    return Double.NaN;
  }

  /**
   * The fixed point of the small-s asymptotic form of b, two rounds from s = |x| / sqrt(-2 ln
   * beta).
   */
  private static double lowerGuess(double x, double beta) {
    double lnBeta = Math.log(beta);
    double absX = -x;
    double s = absX / Math.sqrt(-2 * lnBeta);
    for (int i = 0; i < 2; i++) {
      double rhs = 3 * Math.log(s) - 2 * Math.log(absX) - HALF_LN_TWO_PI - lnBeta;
      if (!(rhs > 0)) {
        return Double.NaN;
      }
      s = absX / Math.sqrt(2 * rhs);
    }
    return s;
  }

  /** s from {@code e^{x/2} - b ~ 2 cosh(x/2) N(-s/2)}, exact at the money. */
  private static double upperGuess(double x, double halfExp, double gap) {
    double p = gap / (halfExp + 1.0 / halfExp);
    // N^-1(p) = -sqrt 2 erfcInv(2p), so s = -2 N^-1(p)
    return 2 * Math.sqrt(2) * Erf.erfcInv(2 * p);
  }

  /** b(x, s), the normalised out-of-the-money call. */
  static double price(double x, double halfExp, double s) {
    double d1 = x / s + 0.5 * s;
    return halfExp * StandardNormal.cdf(d1) - StandardNormal.cdf(d1 - s) / halfExp;
  }

  /** e^{x/2} - b(x, s), as a sum of two positive terms. */
  private static double gapToMaximum(double x, double halfExp, double s) {
    double d1 = x / s + 0.5 * s;
    return halfExp * StandardNormal.cdf(-d1) + StandardNormal.cdf(d1 - s) / halfExp;
  }

  /** db/ds = exp(-x^2 / 2s^2 - s^2 / 8) / sqrt(2 pi). */
  private static double vega(double x, double s) {
    double ratio = x / s;
    return StandardNormal.INV_SQRT_TWO_PI * Math.exp(-0.5 * ratio * ratio - 0.125 * s * s);
  }

  /** The candidate when it lies in the bracket, else the bracket's middle. */
  private static double clampOrMiddle(double candidate, double lo, double hi) {
    return candidate >= lo && candidate <= hi ? candidate : 0.5 * (lo + hi);
  }
}
