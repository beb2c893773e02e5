package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import dev.keel.model.market.MarketSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The calculator of a book's P&amp;L profile across one underlying's price, now and at the first
 * expiry of a contract on it. Stateless; the pricer and the implied-volatility solver are passed
 * in, the market with every call.
 *
 * <p>What does not depend on the move is worked out once per position (an option's inputs and value
 * now, the sums of the other positions' changes), so each point costs one price per option; a
 * profile with many options has its points spread over every core. See {@code docs/exposure.md},
 * "P&amp;L profile".
 */
public final class PnlProfiles {
  /** The shared instance, with the default pricer and solver. */
  public static final PnlProfiles DEFAULT =
      new PnlProfiles(OptionPricer.DEFAULT, ImpliedVolatility.DEFAULT);

  /** The number of evenly spaced moves a profile is drawn at by default. */
  public static final int POINTS = 200;

  /** The largest move either way by default: the underlying from -50 % to +50 %. */
  public static final double RANGE = 0.5;

  /** Profiles needing at least this many option prices have their points on every core. */
  private static final int PARALLEL_FROM = 20_000;

  private final OptionValuer options;

  public PnlProfiles(OptionPricer pricer, ImpliedVolatility solver) {
    this.options = new OptionValuer(pricer, solver);
  }

  /**
   * The underlyings a profile can be drawn for: the roots of the book's positions, in book order
   * (positions of quantity 0 are not held and name none).
   */
  public List<String> underlyings(Portfolio portfolio) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Set<String> roots = new LinkedHashSet<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (instrument != null && position.quantity().signum() != 0) {
        roots.add(Roots.of(instrument, instruments));
      }
    }
    return List.copyOf(roots);
  }

  /**
   * The profile of a valid portfolio under its own snapshot, at {@link #POINTS} over ±{@link
   * #RANGE}.
   */
  public PnlProfile of(Portfolio portfolio, String underlying) {
    return of(portfolio, portfolio.market(), underlying, POINTS, RANGE);
  }

  /**
   * The profile of a valid portfolio under {@code market}: {@code points} evenly spaced moves from
   * {@code -range} to {@code +range}, both ends included, with the move 0 added between the middle
   * two when {@code points} is even (so 200 points give 201).
   *
   * @param underlying one of {@link #underlyings(Portfolio)}
   * @param points at least 2
   * @param range the largest move either way, above 0 and below 1
   * @throws IllegalArgumentException when no held position is on {@code underlying}, or the points
   *     or range are out of bounds
   */
  public PnlProfile of(
      Portfolio portfolio, MarketSnapshot market, String underlying, int points, double range) {
    if (points < 2) {
      throw new IllegalArgumentException("a profile needs at least 2 points: " + points);
    }
    if (!(range > 0 && range < 1)) {
      throw new IllegalArgumentException("the range must be above 0 and below 1: " + range);
    }
    MarketView view = new MarketView(portfolio, market);
    UnderlyingRevaluation book = UnderlyingRevaluation.of(portfolio, view, underlying, options);
    double[] moves = moves(points, range);
    boolean atExpiry = book.firstExpiry() != null;
    double[] today = new double[moves.length];
    double[] later = new double[moves.length];
    OptionPricer pricer = options.pricer();
    IntStream indices = IntStream.range(0, moves.length);
    long prices = (long) book.optionCount() * moves.length * (atExpiry ? 2 : 1);
    (prices >= PARALLEL_FROM ? indices.parallel() : indices)
        .forEach(
            i -> {
              today[i] = book.today(pricer, moves[i]);
              later[i] = atExpiry ? book.atFirstExpiry(pricer, moves[i]) : 0;
            });
    double price = view.price(underlying);
    List<PnlProfile.Point> profile = new ArrayList<>(moves.length);
    for (int i = 0; i < moves.length; i++) {
      profile.add(
          new PnlProfile.Point(
              moves[i], price * (1 + moves[i]), today[i], atExpiry ? later[i] : null));
    }
    return new PnlProfile(
        underlying, portfolio.baseCurrency(), price, book.firstExpiry(), profile, book.warnings());
  }

  /**
   * The moves, ascending: {@code range x (2i - (n - 1)) / (n - 1)} for i from 0 to n - 1, so the
   * ends are exactly ±range, the grid is symmetric and an odd count has 0 in the middle; an even
   * count gets 0 inserted there.
   */
  static double[] moves(int points, double range) {
    boolean even = points % 2 == 0;
    double[] moves = new double[even ? points + 1 : points];
    int at = 0;
    for (int i = 0; i < points; i++) {
      int steps = 2 * i - (points - 1);
      if (even && steps == 1) {
        moves[at++] = 0;
      }
      moves[at++] = range * ((double) steps / (points - 1));
    }
    return moves;
  }
}
