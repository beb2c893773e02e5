package dev.keel.analytics.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The book's P&amp;L across one underlying's price: what its equity gains or loses if the
 * underlying moved now, and at the first expiry of a contract on it. See {@code docs/exposure.md},
 * "P&amp;L profile", for the conventions (sticky strike, intrinsic value at expiry, funding left
 * out).
 *
 * @param underlying the root underlying, as {@link PositionExposure#root()}
 * @param currency the book's base currency, the P&amp;L's unit
 * @param price the underlying's price now, in its own currency
 * @param firstExpiry the first expiry among the book's contracts on this underlying after the
 *     snapshot's time, {@code null} if none
 * @param points ascending in price, including exactly the current price (move 0)
 * @param warnings what the profile leaves out or assumes, such as options without a volatility
 */
public record PnlProfile(
    String underlying,
    String currency,
    double price,
    Instant firstExpiry,
    List<Point> points,
    List<String> warnings) {

  public PnlProfile {
    Objects.requireNonNull(underlying, "underlying");
    Objects.requireNonNull(currency, "currency");
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException("price must be finite and positive: " + price);
    }
    points = List.copyOf(points);
    warnings = List.copyOf(warnings);
  }

  /**
   * One point of the profile.
   *
   * @param move the fractional move of the underlying (-0.5 is half its price lost)
   * @param price the underlying's price after the move: {@code price x (1 + move)}
   * @param today the change of the book's equity in the base currency if the underlying moved now,
   *     volatilities, rates and time unchanged; 0 at move 0
   * @param atFirstExpiry the same change at the first expiry instant (options expiring then at
   *     their intrinsic value, later ones with less time left), so it includes time decay; {@code
   *     null} when the profile has no first expiry
   */
  public record Point(double move, double price, double today, Double atFirstExpiry) {}
}
