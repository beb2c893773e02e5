package dev.keel.analytics.pricing;

/**
 * The Greeks of an American option by central finite differences of its Bjerksund-Stensland 2002
 * value, which has no closed-form derivatives worth writing.
 *
 * <p>The bumps, chosen so that the truncation error (of the order of the bump squared) and the
 * rounding error (about 1e-13 of the value over the bump, or its square for gamma) both stay below
 * 1e-7 of the Greek on the test grid:
 *
 * <ul>
 *   <li>underlying price: 1e-4 of it, up and down (delta and gamma from the same three values);
 *   <li>volatility: 1e-4 (a hundredth of a vol point), one-sided upward when the volatility is
 *       below 2e-4;
 *   <li>time: 1e-4 years (53 minutes), or half the time left when that is less;
 *   <li>rate: 1e-4 (one basis point), the yield held (Black-Scholes-Merton) or the forward held
 *       (Black-76).
 * </ul>
 *
 * Each Greek is then put in display units by {@link Greeks#ofDerivatives}.
 */
final class AmericanGreeks {
  /** The relative bump of the underlying price. */
  static final double PRICE_BUMP = 1e-4;

  /** The bump of the volatility. */
  static final double VOL_BUMP = 1e-4;

  /** The bump of the time to expiry, in years. */
  static final double TIME_BUMP = 1e-4;

  /** The bump of the rate. */
  static final double RATE_BUMP = 1e-4;

  private AmericanGreeks() {}

  /** The value and Greeks of an American option valued by Bjerksund-Stensland 2002. */
  static Greeks of(OptionSpec spec) {
    OptionPricer pricer = OptionPricer.DEFAULT;
    double value = pricer.price(spec);

    double s = spec.underlyingPrice();
    double ds = PRICE_BUMP * s;
    double up = pricer.price(spec.withUnderlyingPrice(s + ds));
    double down = pricer.price(spec.withUnderlyingPrice(s - ds));
    double delta = (up - down) / (2 * ds);
    double gamma = (up - 2 * value + down) / (ds * ds);

    double vol = spec.volatility();
    double vega;
    if (vol >= 2 * VOL_BUMP) {
      vega =
          (pricer.price(spec.withVolatility(vol + VOL_BUMP))
                  - pricer.price(spec.withVolatility(vol - VOL_BUMP)))
              / (2 * VOL_BUMP);
    } else {
      vega = (pricer.price(spec.withVolatility(vol + VOL_BUMP)) - value) / VOL_BUMP;
    }

    double t = spec.years();
    double dt = Math.min(TIME_BUMP, 0.5 * t);
    double longer = pricer.price(spec.withYears(t + dt));
    double shorter = pricer.price(spec.withYears(t - dt));
    double thetaPerYear = -(longer - shorter) / (2 * dt);

    double r = spec.rate();
    double rho =
        (pricer.price(spec.withRate(r + RATE_BUMP)) - pricer.price(spec.withRate(r - RATE_BUMP)))
            / (2 * RATE_BUMP);

    return Greeks.ofDerivatives(value, delta, gamma, vega, thetaPerYear, rho);
  }
}
