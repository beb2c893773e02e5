package dev.keel.analytics.pricing;

/**
 * The Black-76 formulas for a European option on a forward or future price F: the value and every
 * Greek beside it, as functions of plain doubles.
 *
 * <p>With {@code d1 = [ln(F/K) + sigma^2 T / 2] / (sigma sqrt T)} and {@code d2 = d1 - sigma sqrt
 * T}, a call is worth {@code e^{-rT} [F N(d1) - K N(d2)]} and a put {@code e^{-rT} [K N(-d2) - F
 * N(-d1)]} (Black 1976; Haug 2007, section 1.1.2). That is Black-Scholes-Merton with F in place of
 * S and zero cost of carry ({@code q = r}), which is how these functions compute everything but
 * rho: here rho holds the forward, not the yield, so {@code dV/dr = -T V}.
 *
 * <p>Units and guards as {@link BlackScholesFormulas}: delta is dV/dF, gamma d2V/dF2, vega per 1.00
 * of volatility, theta -dV/dT per year with F held, rho per 1.00 of rate.
 */
final class Black76Formulas {
  private Black76Formulas() {}

  /** The value of the option. */
  static double price(
      boolean call, double forward, double strike, double years, double rate, double vol) {
    return BlackScholesFormulas.price(call, forward, strike, years, rate, rate, vol);
  }

  /** dV/dF: the value change per unit move of the forward. */
  static double delta(
      boolean call, double forward, double strike, double years, double rate, double vol) {
    return BlackScholesFormulas.delta(call, forward, strike, years, rate, rate, vol);
  }

  /** d2V/dF2, the same for a call and a put. */
  static double gamma(double forward, double strike, double years, double rate, double vol) {
    return BlackScholesFormulas.gamma(forward, strike, years, rate, rate, vol);
  }

  /** dV/dsigma per 1.00 of volatility, the same for a call and a put. */
  static double vega(double forward, double strike, double years, double rate, double vol) {
    return BlackScholesFormulas.vega(forward, strike, years, rate, rate, vol);
  }

  /** -dV/dT per year, the forward held. */
  static double theta(
      boolean call, double forward, double strike, double years, double rate, double vol) {
    return BlackScholesFormulas.theta(call, forward, strike, years, rate, rate, vol);
  }

  /** dV/dr per 1.00 of rate with the forward held: {@code -T V}. */
  static double rho(
      boolean call, double forward, double strike, double years, double rate, double vol) {
    return -years * price(call, forward, strike, years, rate, vol);
  }

  /** The value and every Greek at once. */
  static Greeks greeks(
      boolean call, double forward, double strike, double years, double rate, double vol) {
    Greeks carryFree = BlackScholesFormulas.greeks(call, forward, strike, years, rate, rate, vol);
    return new Greeks(
        carryFree.price(),
        carryFree.delta(),
        carryFree.gamma(),
        carryFree.vega(),
        carryFree.theta(),
        -years * carryFree.price() * Greeks.PER_POINT);
  }
}
