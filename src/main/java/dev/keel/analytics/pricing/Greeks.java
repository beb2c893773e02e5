package dev.keel.analytics.pricing;

/**
 * The value of one option on one unit of the underlying and its sensitivities, in the units traders
 * read (QuantLib, py_vollib and most venues show the same).
 *
 * <p>For an option on {@code n} units (a contract multiplier), multiply every field by {@code n}.
 * "Dollar gamma" is not a field: it has two meanings a factor 200 apart (see docs/pricing.md).
 *
 * @param price the option's value in the currency of the strike
 * @param delta the value change per 1 unit move of the underlying price: dV/dS for
 *     Black-Scholes-Merton, dV/dF for Black-76 (to hedge a Black-76 option with spot, scale by F/S)
 * @param gamma the change of delta per 1 unit move of the underlying price: d2V/dS2 (d2V/dF2)
 * @param vega the value change per 1 volatility point: dV/dsigma x 0.01 (so a move from 20 % to 21
 *     % changes the value by about {@code vega})
 * @param theta the value change as one calendar day passes, everything else held: -dV/dT / 365 (T
 *     in years of 365 days); negative for most long options
 * @param rho the value change per 1 % of the interest rate: dV/dr x 0.01, with the yield held
 *     (Black-Scholes-Merton) or the forward held (Black-76, where dV/dr = -T V)
 */
public record Greeks(
    double price, double delta, double gamma, double vega, double theta, double rho) {

  /** Days in the year of {@link #theta()}, the ACT/365 convention of the option's time. */
  public static final double DAYS_PER_YEAR = 365.0;

  /** Volatility points and rate percents per unit: vega and rho are per 0.01 of their input. */
  public static final double PER_POINT = 0.01;

  /** The Greeks of an option whose volatility is not known: every field is NaN. */
  public static final Greeks UNKNOWN =
      new Greeks(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /**
   * The Greeks from the plain derivatives of the value, the one place the display units are made.
   *
   * @param vegaPerUnit dV/dsigma, per 1.00 (100 points) of volatility
   * @param thetaPerYear -dV/dT, per year of time to expiry
   * @param rhoPerUnit dV/dr, per 1.00 (100 %) of rate
   */
  public static Greeks ofDerivatives(
      double price,
      double delta,
      double gamma,
      double vegaPerUnit,
      double thetaPerYear,
      double rhoPerUnit) {
    return new Greeks(
        price,
        delta,
        gamma,
        vegaPerUnit * PER_POINT,
        thetaPerYear / DAYS_PER_YEAR,
        rhoPerUnit * PER_POINT);
  }
}
