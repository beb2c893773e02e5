package dev.keel.analytics.pricing;

/**
 * The standard normal distribution's density and cumulative distribution function, in double
 * precision and without iteration.
 *
 * <p>The cumulative distribution is {@code N(x) = erfc(-x / sqrt 2) / 2}, with erf and erfc by W.
 * J. Cody's rational Chebyshev approximations (W. J. Cody, "Rational Chebyshev approximations for
 * the error function", Mathematics of Computation 23 (1969) 631-637), in three intervals of {@code
 * y = |x| / sqrt 2}: erf on [0, 0.46875], {@code exp(y^2) erfc} on (0.46875, 4] and its asymptotic
 * form beyond. The coefficients are those of the paper's double-precision tables as published in
 * Cody's SPECFUN package (routine CALERF, ACM TOMS 19 (1993) 22-32, algorithm 715). The code is
 * Keel's own. Its relative error is below 1e-14 everywhere a double can hold the result: the factor
 * {@code exp(-x^2 / 2)} is computed from an exact split of {@code x^2} in the far tail, so that the
 * relative accuracy holds there too (StandardNormalTest checks both against commons-math).
 *
 * <p>Commons-math's {@code NormalDistribution} evaluates erf through a continued fraction of the
 * incomplete gamma function, about seventeen times slower (270 to 330 ns a value against 16 to 19
 * ns); on it the price and Greeks of 100,000 options took 52 ms instead of 8, past the 20
 * ms (docs/performance.md, decision 17).
 */
public final class StandardNormal {
  /** 1 / sqrt(2 pi). */
  public static final double INV_SQRT_TWO_PI = 0.39894228040143267794;

  private static final double INV_SQRT_TWO = 0.70710678118654752440;

  /** 1 / sqrt(pi). */
  private static final double INV_SQRT_PI = 0.56418958354775628695;

  /** Beyond this (in y) N(-x) is less than the smallest double. */
  private static final double FARTHEST = 27.3;

  /** Where erf gives way to the scaled erfc (in y = |x| / sqrt 2). */
  private static final double ERF_LIMIT = 0.46875;

  /** Where the scaled erfc gives way to its asymptotic form (in y). */
  private static final double ASYMPTOTIC_FROM = 4.0;

  private static final double[] ERF_P = {
    3.16112374387056560e00,
    1.13864154151050156e02,
    3.77485237685302021e02,
    3.20937758913846947e03,
    1.85777706184603153e-1
  };
  private static final double[] ERF_Q = {
    2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03
  };
  private static final double[] ERFC_P = {
    5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
    2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03,
    2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8
  };
  private static final double[] ERFC_Q = {
    1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
    1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03,
    3.43936767414372164e03, 1.23033935480374942e03
  };
  private static final double[] TAIL_P = {
    3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
    1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2
  };
  private static final double[] TAIL_Q = {
    2.56852019228982242e00,
    1.87295284992346047e00,
    5.27905102951428412e-1,
    6.05183413124413191e-2,
    2.33520497626869185e-3
  };

  private StandardNormal() {}

  /** The density at {@code x}. */
  public static double pdf(double x) {
    return INV_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
  }

  /** The probability that a standard normal variable is at most {@code x}. */
  public static double cdf(double x) {
    double y = Math.abs(x) * INV_SQRT_TWO;
    if (y <= ERF_LIMIT) {
      return 0.5 + 0.5 * x * INV_SQRT_TWO * erfRatio(y * y);
    }
    if (Double.isNaN(x)) {
      return x;
    }
    double halfErfc;
    if (y <= ASYMPTOTIC_FROM) {
      // |x| <= 5.66: the rounding of x * x moves exp(-x^2/2) by at most 2e-15 of itself
      halfErfc = 0.5 * Math.exp(-0.5 * x * x) * scaledErfc(y);
    } else if (y > FARTHEST) {
      halfErfc = 0.0;
    } else {
      halfErfc = 0.5 * halfSquareExp(Math.abs(x)) * scaledErfcTail(y);
    }
    return x < 0 ? halfErfc : 1.0 - halfErfc;
  }

  /** erf(y) / y on the first interval, as a function of z = y^2. */
  private static double erfRatio(double z) {
    double num = ERF_P[4] * z;
    double den = z;
    for (int i = 0; i < 3; i++) {
      num = (num + ERF_P[i]) * z;
      den = (den + ERF_Q[i]) * z;
    }
    return (num + ERF_P[3]) / (den + ERF_Q[3]);
  }

  /** exp(y^2) erfc(y) on the second interval. */
  private static double scaledErfc(double y) {
    double num = ERFC_P[8] * y;
    double den = y;
    for (int i = 0; i < 7; i++) {
      num = (num + ERFC_P[i]) * y;
      den = (den + ERFC_Q[i]) * y;
    }
    return (num + ERFC_P[7]) / (den + ERFC_Q[7]);
  }

  /** exp(y^2) erfc(y) beyond the second interval. */
  private static double scaledErfcTail(double y) {
    double z = 1.0 / (y * y);
    double num = TAIL_P[5] * z;
    double den = z;
    for (int i = 0; i < 4; i++) {
      num = (num + TAIL_P[i]) * z;
      den = (den + TAIL_Q[i]) * z;
    }
    double correction = z * (num + TAIL_P[4]) / (den + TAIL_Q[4]);
    return (INV_SQRT_PI - correction) / y;
  }

  /**
   * exp(-a^2 / 2) for a >= 0, with a^2 split into a part a double holds exactly (a rounded down to
   * sixteenths, squared) and a small remainder, so the result keeps its relative accuracy where a^2
   * / 2 is in the hundreds.
   */
  private static double halfSquareExp(double a) {
    double head = Math.floor(a * 16.0) / 16.0;
    double rest = (a - head) * (a + head);
    return Math.exp(-0.5 * head * head) * Math.exp(-0.5 * rest);
  }
}
