package dev.keel.analytics.pricing;

/**
 * The Black-Scholes-Merton formulas for a European option on a spot with a continuous yield: the
 * value and every Greek beside it, as functions of plain doubles.
 *
 * <p>With cost of carry {@code b = r - q}, {@code d1 = [ln(S/K) + (b + sigma^2/2) T] / (sigma sqrt
 * T)} and {@code d2 = d1 - sigma sqrt T}, a call is worth {@code S e^{-qT} N(d1) - K e^{-rT} N(d2)}
 * and a put {@code K e^{-rT} N(-d2) - S e^{-qT} N(-d1)} (Merton 1973; E. G. Haug, "The Complete
 * Guide to Option Pricing Formulas", 2nd ed., McGraw-Hill 2007, section 1.1.6).
 *
 * <p>These functions return the plain derivatives: delta dV/dS, gamma d2V/dS2, vega dV/dsigma (per
 * 1.00 of volatility), theta -dV/dT (per year) and rho dV/dr with q held (per 1.00 of rate). {@link
 * Greeks#ofDerivatives} turns them into display units.
 *
 * <p>Guards: at expiry ({@code T = 0}) the value is the intrinsic value, delta 0 or +-1 (+-0.5
 * exactly at the money) and every other Greek 0. With {@code sigma = 0} and {@code T > 0} the
 * option is worth its discounted forward intrinsic value, and the Greeks are the formulas' limits,
 * except gamma, which is 0 (at the money the limit is a point mass). A NaN volatility gives NaN.
 */
final class BlackScholesFormulas {
  private BlackScholesFormulas() {}

  /** The value of the option. */
  static double price(
      boolean call,
      double spot,
      double strike,
      double years,
      double rate,
      double yield,
      double vol) {
    if (years == 0) {
      return atExpiry(call, spot, strike).price();
    }
    double sign = call ? 1 : -1;
    double sd = vol * Math.sqrt(years);
    double d1 = d1(spot, strike, years, rate - yield, sd);
    double value =
        sign
            * (spot * Math.exp(-yield * years) * StandardNormal.cdf(sign * d1)
                - strike * Math.exp(-rate * years) * StandardNormal.cdf(sign * (d1 - sd)));
    return Math.max(value, 0.0);
  }

  /** dV/dS: the value change per unit move of the spot. */
  static double delta(
      boolean call,
      double spot,
      double strike,
      double years,
      double rate,
      double yield,
      double vol) {
    if (years == 0) {
      return atExpiry(call, spot, strike).delta();
    }
    double sign = call ? 1 : -1;
    double d1 = d1(spot, strike, years, rate - yield, vol * Math.sqrt(years));
    return sign * Math.exp(-yield * years) * StandardNormal.cdf(sign * d1);
  }

  /** d2V/dS2, the same for a call and a put. */
  static double gamma(
      double spot, double strike, double years, double rate, double yield, double vol) {
    double sd = vol * Math.sqrt(years);
    if (years == 0 || sd == 0) {
      return 0.0;
    }
    double d1 = d1(spot, strike, years, rate - yield, sd);
    return Math.exp(-yield * years) * StandardNormal.pdf(d1) / (spot * sd);
  }

  /** dV/dsigma per 1.00 of volatility, the same for a call and a put. */
  static double vega(
      double spot, double strike, double years, double rate, double yield, double vol) {
    if (years == 0) {
      return 0.0;
    }
    double rootT = Math.sqrt(years);
    double d1 = d1(spot, strike, years, rate - yield, vol * rootT);
    return spot * Math.exp(-yield * years) * StandardNormal.pdf(d1) * rootT;
  }

  /** -dV/dT per year: the value the option earns (or, mostly, loses) as time passes. */
  static double theta(
      boolean call,
      double spot,
      double strike,
      double years,
      double rate,
      double yield,
      double vol) {
    if (years == 0) {
      return 0.0;
    }
    double sign = call ? 1 : -1;
    double rootT = Math.sqrt(years);
    double sd = vol * rootT;
    double d1 = d1(spot, strike, years, rate - yield, sd);
    double spotPv = spot * Math.exp(-yield * years);
    double strikePv = strike * Math.exp(-rate * years);
    double decay = sd == 0 ? 0.0 : -spotPv * StandardNormal.pdf(d1) * vol / (2 * rootT);
    return decay
        + sign
            * (yield * spotPv * StandardNormal.cdf(sign * d1)
                - rate * strikePv * StandardNormal.cdf(sign * (d1 - sd)));
  }

  /** dV/dr per 1.00 of rate, with the yield held (so the carry r - q moves with r). */
  static double rho(
      boolean call,
      double spot,
      double strike,
      double years,
      double rate,
      double yield,
      double vol) {
    if (years == 0) {
      return 0.0;
    }
    double sign = call ? 1 : -1;
    double sd = vol * Math.sqrt(years);
    double d2 = d1(spot, strike, years, rate - yield, sd) - sd;
    return sign * strike * years * Math.exp(-rate * years) * StandardNormal.cdf(sign * d2);
  }

  /** The value and every Greek at once, sharing the exponentials and the normal terms. */
  static Greeks greeks(
      boolean call,
      double spot,
      double strike,
      double years,
      double rate,
      double yield,
      double vol) {
    if (years == 0) {
      return atExpiry(call, spot, strike);
    }
    double sign = call ? 1 : -1;
    double rootT = Math.sqrt(years);
    double sd = vol * rootT;
    double d1 = d1(spot, strike, years, rate - yield, sd);
    double spotPv = spot * Math.exp(-yield * years);
    double strikePv = strike * Math.exp(-rate * years);
    double n1 = StandardNormal.cdf(sign * d1);
    double n2 = StandardNormal.cdf(sign * (d1 - sd));
    double density = StandardNormal.pdf(d1);
    double price = Math.max(sign * (spotPv * n1 - strikePv * n2), 0.0);
    double gamma = sd == 0 ? 0.0 : spotPv * density / (spot * spot * sd);
    double decay = sd == 0 ? 0.0 : -spotPv * density * vol / (2 * rootT);
    return Greeks.ofDerivatives(
        price,
        sign * spotPv / spot * n1,
        gamma,
        spotPv * density * rootT,
        decay + sign * (yield * spotPv * n1 - rate * strikePv * n2),
        sign * strikePv * years * n2);
  }

  /**
   * The Greeks at expiry: the intrinsic value, delta 0 or +-1, and +-0.5 exactly at the money (the
   * average of the two one-sided limits); the rest 0.
   */
  static Greeks atExpiry(boolean call, double underlying, double strike) {
    double sign = call ? 1 : -1;
    double moneyness = sign * (underlying - strike);
    double delta = moneyness > 0 ? sign : moneyness == 0 ? 0.5 * sign : 0.0;
    return new Greeks(Math.max(moneyness, 0.0), delta, 0.0, 0.0, 0.0, 0.0);
  }

  /**
   * d1 for a total standard deviation {@code sd = sigma sqrt T > 0}; for {@code sd = 0} plus or
   * minus infinity as the forward is above or below the strike, and 0 at the money forward.
   */
  static double d1(double spot, double strike, double years, double carry, double sd) {
    double logMoneyness = Math.log(spot / strike) + carry * years;
    if (sd == 0) {
      return logMoneyness == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, logMoneyness);
    }
    return logMoneyness / sd + 0.5 * sd;
  }
}
