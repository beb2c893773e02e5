package dev.keel.analytics.pricing;

import dev.keel.model.ExerciseStyle;
import dev.keel.model.OptionRight;
import java.util.Objects;

/**
 * One option to value, with the market it is valued in: right, exercise style, model, underlying
 * price, strike, time to expiry, rate, yield and volatility, all plain doubles.
 *
 * <p>A volatility of NaN means "not known" (a quote whose implied volatility is still to be solved,
 * or could not be): {@link ImpliedVolatility} ignores the volatility, and {@link OptionPricer}
 * values such a spec as {@link Greeks#UNKNOWN} before expiry. Every other input is finite; a
 * negative volatility or time, or a price or strike that is not positive, is a bug of the caller
 * and throws.
 *
 * @param right call or put
 * @param exercise European (at expiry only) or American (any day until expiry)
 * @param model Black-Scholes-Merton on the spot or Black-76 on the forward or future
 * @param underlyingPrice the spot S (Black-Scholes-Merton) or the forward or future price F of the
 *     option's expiry (Black-76), in the strike's currency; positive
 * @param strike the strike K; positive
 * @param years time to expiry T in years, ACT/365 (days / 365); 0 means at expiry, where the option
 *     is worth its intrinsic value
 * @param rate the risk-free rate r, annual and continuously compounded (0.05 is 5 %)
 * @param yield the continuous dividend or carry yield q (Black-Scholes-Merton: the cost of carry is
 *     r - q); ignored by Black-76, whose forward already carries it
 * @param volatility the lognormal volatility sigma, annual (0.2 is 20 %); at least 0, or NaN when
 *     not known
 */
public record OptionSpec(
    OptionRight right,
    ExerciseStyle exercise,
    OptionModel model,
    double underlyingPrice,
    double strike,
    double years,
    double rate,
    double yield,
    double volatility) {

  public OptionSpec {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(model, "model");
    positive(underlyingPrice, "underlyingPrice");
    positive(strike, "strike");
    if (!(years >= 0) || Double.isInfinite(years)) {
      throw new IllegalArgumentException("years must be finite and at least 0: " + years);
    }
    finite(rate, "rate");
    finite(yield, "yield");
    if (volatility < 0 || Double.isInfinite(volatility)) {
      throw new IllegalArgumentException(
          "volatility must be finite and at least 0, or NaN when not known: " + volatility);
    }
  }

  /** A European option: the most common spec, with no early exercise. */
  public static OptionSpec european(
      OptionRight right,
      OptionModel model,
      double underlyingPrice,
      double strike,
      double years,
      double rate,
      double yield,
      double volatility) {
    return new OptionSpec(
        right,
        ExerciseStyle.EUROPEAN,
        model,
        underlyingPrice,
        strike,
        years,
        rate,
        yield,
        volatility);
  }

  /** Whether this is a call. */
  public boolean isCall() {
    return right == OptionRight.CALL;
  }

  /** Whether the volatility is known (not NaN). */
  public boolean hasVolatility() {
    return !Double.isNaN(volatility);
  }

  /** This option at another volatility (NaN for not known). */
  public OptionSpec withVolatility(double newVolatility) {
    return new OptionSpec(
        right, exercise, model, underlyingPrice, strike, years, rate, yield, newVolatility);
  }

  /** This option at another underlying price. */
  public OptionSpec withUnderlyingPrice(double newUnderlyingPrice) {
    return new OptionSpec(
        right, exercise, model, newUnderlyingPrice, strike, years, rate, yield, volatility);
  }

  /** This option at another time to expiry. */
  public OptionSpec withYears(double newYears) {
    return new OptionSpec(
        right, exercise, model, underlyingPrice, strike, newYears, rate, yield, volatility);
  }

  /** This option with another exercise style. */
  OptionSpec withExercise(ExerciseStyle newExercise) {
    return new OptionSpec(
        right, newExercise, model, underlyingPrice, strike, years, rate, yield, volatility);
  }

  /** This option at another rate (the finite-difference rho moves it). */
  OptionSpec withRate(double newRate) {
    return new OptionSpec(
        right, exercise, model, underlyingPrice, strike, years, newRate, yield, volatility);
  }

  /**
   * The value of exercising now: max(S - K, 0) for a call, max(K - S, 0) for a put, with S the
   * underlying price (spot or future).
   */
  public double intrinsicValue() {
    double payoff = isCall() ? underlyingPrice - strike : strike - underlyingPrice;
    return Math.max(payoff, 0.0);
  }

  private static void positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and positive: " + value);
    }
  }

  private static void finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite: " + value);
    }
  }
}
