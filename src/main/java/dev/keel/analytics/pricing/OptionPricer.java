package dev.keel.analytics.pricing;

import dev.keel.model.ExerciseStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The calculator of an option's value and Greeks: closed-form Black-Scholes-Merton or Black-76 for
 * European options, the Bjerksund-Stensland 2002 approximation with finite-difference Greeks for
 * American ones.
 *
 * <p>Stateless: the market (underlying price, rate, yield, volatility) comes in with every {@link
 * OptionSpec}. At expiry every model gives the intrinsic value (see {@link Greeks} for the units
 * and {@code docs/pricing.md} for the formulas). A spec whose volatility is not known (NaN) is
 * worth {@link Greeks#UNKNOWN} before expiry. An American option whose early exercise is never
 * worth anything (a call on a spot without yield at a rate of 0 or more, a put on a future at a
 * rate of 0 or below) has the European value and closed-form Greeks.
 */
public final class OptionPricer {
  /** The one pricer; it has no settings. */
  public static final OptionPricer DEFAULT = new OptionPricer();

  private OptionPricer() {}

  /** The value and Greeks of one option on one unit of the underlying. */
  public Greeks greeks(OptionSpec spec) {
    if (spec.years() == 0) {
      return BlackScholesFormulas.atExpiry(spec.isCall(), spec.underlyingPrice(), spec.strike());
    }
    if (!spec.hasVolatility()) {
      return Greeks.UNKNOWN;
    }
    if (exerciseMayPayEarly(spec)) {
      return AmericanGreeks.of(spec);
    }
    return europeanGreeks(spec);
  }

  /**
   * The value and Greeks of many options, in their order: the same as {@link #greeks(OptionSpec)}
   * for each, for a book's worth at once.
   */
  public List<Greeks> greeks(List<OptionSpec> specs) {
    List<Greeks> all = new ArrayList<>(specs.size());
    for (OptionSpec spec : specs) {
      all.add(greeks(spec));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The value of one option on one unit of the underlying (NaN when the volatility is not known).
   */
  public double price(OptionSpec spec) {
    if (spec.years() == 0) {
      return spec.intrinsicValue();
    }
    if (!spec.hasVolatility()) {
      return Double.NaN;
    }
    if (exerciseMayPayEarly(spec)) {
      return BjerksundStensland2002.price(
          spec.isCall(),
          spec.underlyingPrice(),
          spec.strike(),
          spec.years(),
          spec.rate(),
          carry(spec),
          spec.volatility());
    }
    return europeanPrice(spec);
  }

  /**
   * The name of the method that values this option, as shown on screen: "Black-Scholes-Merton",
   * "Black-76", "Bjerksund-Stensland 2002" (American on a spot), "Bjerksund-Stensland 2002,
   * Black-76" (American on a future), or "Intrinsic value" at expiry.
   */
  public String methodName(OptionSpec spec) {
    if (spec.years() == 0) {
      return "Intrinsic value";
    }
    if (spec.exercise() == ExerciseStyle.EUROPEAN) {
      return spec.model().displayName();
    }
    return spec.model() == OptionModel.BLACK_76
        ? "Bjerksund-Stensland 2002, Black-76"
        : "Bjerksund-Stensland 2002";
  }

  /** The cost of carry b of the underlying: {@code r - q} on a spot, 0 on a forward or future. */
  static double carry(OptionSpec spec) {
    return spec.model() == OptionModel.BLACK_76 ? 0.0 : spec.rate() - spec.yield();
  }

  /**
   * Whether early exercise can be worth something. It never is when the European value stays above
   * the intrinsic value for every price: for a call when {@code q <= min(r, 0)}, for a put when
   * {@code r <= min(q, 0)}, with {@code q = r - b} (so on a future, where b = 0, at any rate of 0
   * or below). This is Merton's (1973) argument with the lower bound {@code S e^{-qT} - K e^{-rT}};
   * it covers BS2002's own case {@code b >= r} for a call whenever the rate is not negative.
   */
  static boolean exerciseMayPayEarly(OptionSpec spec) {
    if (spec.exercise() != ExerciseStyle.AMERICAN) {
      return false;
    }
    double r = spec.rate();
    double q = r - carry(spec);
    return spec.isCall() ? q > Math.min(r, 0.0) : r > Math.min(q, 0.0);
  }

  static double europeanPrice(OptionSpec spec) {
    return spec.model() == OptionModel.BLACK_76
        ? Black76Formulas.price(
            spec.isCall(),
            spec.underlyingPrice(),
            spec.strike(),
            spec.years(),
            spec.rate(),
            spec.volatility())
        : BlackScholesFormulas.price(
            spec.isCall(),
            spec.underlyingPrice(),
            spec.strike(),
            spec.years(),
            spec.rate(),
            spec.yield(),
            spec.volatility());
  }

  private static Greeks europeanGreeks(OptionSpec spec) {
    return spec.model() == OptionModel.BLACK_76
        ? Black76Formulas.greeks(
            spec.isCall(),
            spec.underlyingPrice(),
            spec.strike(),
            spec.years(),
            spec.rate(),
            spec.volatility())
        : BlackScholesFormulas.greeks(
            spec.isCall(),
            spec.underlyingPrice(),
            spec.strike(),
            spec.years(),
            spec.rate(),
            spec.yield(),
            spec.volatility());
  }
}
