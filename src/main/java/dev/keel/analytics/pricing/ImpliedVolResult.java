package dev.keel.analytics.pricing;

import java.util.Objects;

/**
 * The implied volatility of one option price, or the reason there is none: a volatility that
 * reprices the option, never 0 or a guess standing in for "could not".
 *
 * @param volatility the annual volatility that gives the price (0.2 is 20 %), or NaN when undefined
 * @param undefinedReason why no volatility gives the price, in words for the screen, or {@code
 *     null} when defined
 */
public record ImpliedVolResult(double volatility, String undefinedReason) {

  public ImpliedVolResult {
    if (undefinedReason == null) {
      if (!(volatility > 0) || Double.isInfinite(volatility)) {
        throw new IllegalArgumentException("a defined volatility is positive: " + volatility);
      }
    } else if (!Double.isNaN(volatility)) {
      throw new IllegalArgumentException("an undefined volatility is NaN: " + volatility);
    }
  }

  /** A solved volatility. */
  public static ImpliedVolResult of(double volatility) {
    return new ImpliedVolResult(volatility, null);
  }

  /** No volatility, for the given reason. */
  public static ImpliedVolResult undefined(String reason) {
    return new ImpliedVolResult(Double.NaN, Objects.requireNonNull(reason, "reason"));
  }

  /** Whether a volatility reprices the option. */
  public boolean isDefined() {
    return undefinedReason == null;
  }
}
