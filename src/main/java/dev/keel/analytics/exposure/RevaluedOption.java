package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;

/**
 * One option of a P&amp;L profile with what does not depend on the move worked out once: its inputs
 * now, what one unit of its value is worth in the base currency, its value now, and the time it has
 * left at the profile's first expiry.
 *
 * @param spec the option now, with the volatility it is valued with (held: sticky strike)
 * @param weight base-currency units per unit of the option's value in the underlying's currency:
 *     quantity x multiplier x the FX rate of that currency
 * @param valueNow its value per unit now, {@code pricer.price(spec)}
 * @param yearsAtFirstExpiry ACT/365 years left at the first expiry, 0 for an option expiring then
 */
record RevaluedOption(OptionSpec spec, double weight, double valueNow, double yearsAtFirstExpiry) {

  /** The change of the position's value, in the base currency, if its underlying moved now. */
  double today(OptionPricer pricer, double move) {
    return change(pricer, move, spec.years());
  }

  /** The same change at the first expiry. */
  double atFirstExpiry(OptionPricer pricer, double move) {
    return change(pricer, move, yearsAtFirstExpiry);
  }

  private double change(OptionPricer pricer, double move, double years) {
    OptionSpec moved =
        new OptionSpec(
            spec.right(),
            spec.exercise(),
            spec.model(),
            spec.underlyingPrice() * (1 + move),
            spec.strike(),
            years,
            spec.rate(),
            spec.yield(),
            spec.volatility());
    return weight * (pricer.price(moved) - valueNow);
  }
}
