package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;

/**
 * One option of a book and its premium after a common move of its underlying, as {@link CommonMove}
 * revalues it: its mark plus the change of its model price with the underlying moved and its
 * volatility and time held. An option without a volatility (and time left) keeps its value in the
 * underlying's currency, as the revaluation leaves it out. For a rule that sets an option's margin
 * from its premium (Deribit's, the Cboe's).
 */
public final class MovedOption {
  private final OptionSpec spec;
  private final boolean repriced;
  private final double premiumNow; // per unit, in the underlying's currency
  private final double modelNow;
  private final double premiumFactor;
  private final boolean coinQuoted;
  private final OptionPricer pricer;

  private MovedOption(
      OptionSpec spec,
      boolean repriced,
      double premiumNow,
      double premiumFactor,
      boolean coinQuoted,
      OptionPricer pricer) {
    this.spec = spec;
    this.repriced = repriced;
    this.premiumNow = premiumNow;
    this.premiumFactor = premiumFactor;
    this.coinQuoted = coinQuoted;
    this.pricer = pricer;
    this.modelNow = repriced ? pricer.price(spec) : 0;
  }

  /** An option of a valid portfolio, under the view's market. */
  public static MovedOption of(Instrument option, MarketView view) {
    OptionValuer valuer = new OptionValuer(OptionPricer.DEFAULT, ImpliedVolatility.DEFAULT);
    OptionValuer.Inputs inputs = valuer.inputs(option, view);
    OptionSpec spec = inputs.spec();
    return new MovedOption(
        spec,
        inputs.hasVolatility() || spec.years() == 0,
        view.price(option.symbol()) * inputs.premiumFactor(),
        inputs.premiumFactor(),
        inputs.coinQuoted(),
        valuer.pricer());
  }

  /** Call or put. */
  public OptionRight right() {
    return spec.right();
  }

  /** The strike, in the underlying's currency. */
  public double strike() {
    return spec.strike();
  }

  /** The underlying's price now, in its own currency. */
  public double underlyingPrice() {
    return spec.underlyingPrice();
  }

  /** Whether the premium is quoted in the coin the option is written on (Deribit's options). */
  public boolean coinQuoted() {
    return coinQuoted;
  }

  /**
   * The premium of one unit after a move, in the underlying's currency; never below 0 (a mark below
   * the model's price could take it there on a large move).
   */
  public double premium(double move) {
    if (!repriced || move == 0) {
      return premiumNow;
    }
    OptionSpec moved =
        new OptionSpec(
            spec.right(),
            spec.exercise(),
            spec.model(),
            spec.underlyingPrice() * (1 + move),
            spec.strike(),
            spec.years(),
            spec.rate(),
            spec.yield(),
            spec.volatility());
    return Math.max(0, premiumNow + pricer.price(moved) - modelNow);
  }

  /**
   * The mark of one unit after a move, in the option's quote currency: for a coin-quoted option,
   * the premium over the moved underlying's price.
   */
  public double mark(double move) {
    return premium(move) / (coinQuoted ? spec.underlyingPrice() * (1 + move) : premiumFactor);
  }
}
