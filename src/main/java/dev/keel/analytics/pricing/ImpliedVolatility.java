package dev.keel.analytics.pricing;

import dev.keel.model.ExerciseStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * The solver of an option's implied volatility: the one volatility in [1e-4, 10] at which {@link
 * OptionPricer} gives the option's price, or the reason there is none.
 *
 * <p>A European price is inverted in its normalised form (the undiscounted price of the
 * out-of-the-money option over {@code sqrt(F K)}) by {@link NormalisedBlackSolver}, a bracketed
 * Newton iteration of a few steps; commons-math's {@link BrentSolver} takes over if it ever fails
 * to converge, and solves American prices (Bjerksund-Stensland 2002) directly, started from the
 * European implied volatility. Every volatility found is checked by pricing the option again.
 *
 * <p>The volatility is undefined (NaN, with a reason) when the option is at expiry; when the price
 * is below the lowest price any volatility gives (the discounted intrinsic value {@code max(S
 * e^{-qT} - K e^{-rT}, 0)} of a European call, and for an American option also the intrinsic value)
 * or not below the highest ({@code S e^{-qT}} for a European call, {@code K e^{-rT}} for a put; S
 * and K for American ones); when its time value is less than {@link #MIN_TIME_VALUE} of the price,
 * so that it says nothing about the volatility; when the volatility would lie outside [1e-4, 10];
 * and when the solved volatility misses the price by more than {@link #REPRICE_TOLERANCE}. The
 * option's own volatility is ignored.
 */
public final class ImpliedVolatility {
  /** The solver on the one pricer. */
  public static final ImpliedVolatility DEFAULT = new ImpliedVolatility(OptionPricer.DEFAULT);

  /** The lowest volatility reported (0.01 %): below it a price carries no usable volatility. */
  public static final double MIN_VOLATILITY = 1e-4;

  /** The highest volatility reported (1,000 %). */
  public static final double MAX_VOLATILITY = 10.0;

  /**
   * The least time value, as a share of the price, that is taken to carry a volatility: 1e-8.
   * Quoted prices carry at most eight significant digits, so a smaller time value is rounding
   * (libraries that solve it anyway return 0 or a wrong vol, e.g. 0.956 for a true 0.8).
   */
  public static final double MIN_TIME_VALUE = 1e-8;

  /**
   * The least distance below the highest possible value, as a share of the price, that is taken to
   * carry a volatility: 1e-8, for the same reason as {@link #MIN_TIME_VALUE}. Such prices belong to
   * very high total volatilities (say 500 % over ten years).
   */
  public static final double MIN_HEADROOM = 1e-8;

  /**
   * How far the repriced option may miss the price, as a share of the smaller of its time value and
   * its distance to the highest possible value (the parts of the price that carry the volatility):
   * 1e-6, a thousand times the solver's own accuracy and far below any quote's.
   */
  public static final double REPRICE_TOLERANCE = 1e-6;

  /** The narrow bracket of an American solve, as fractions of the European start below it. */
  private static final double NARROW_BELOW = 0.5;

  /** A sliver above the European start, so that a root at the start itself is inside. */
  private static final double NARROW_ABOVE = 1e-6;

  /** Brent's accuracy in volatility. */
  private static final double BRENT_ABSOLUTE_ACCURACY = 1e-13;

  private static final double BRENT_RELATIVE_ACCURACY = 1e-14;

  private static final int BRENT_MAX_EVALUATIONS = 200;

  private static final MathContext SHOWN = new MathContext(6);

  private final OptionPricer pricer;

  /** A solver that prices with the given pricer. */
  public ImpliedVolatility(OptionPricer pricer) {
    this.pricer = pricer;
  }

  /**
   * The volatility at which {@code spec} is worth {@code price}; the spec's volatility is ignored.
   */
  public ImpliedVolResult solve(OptionSpec spec, double price) {
    if (!(price >= 0) || Double.isInfinite(price)) {
      return ImpliedVolResult.undefined("the price " + price + " is not a number of 0 or more");
    }
    if (spec.years() == 0) {
      return ImpliedVolResult.undefined(
          "the option is at expiry: its price is its intrinsic value whatever the volatility");
    }
    PriceBounds bounds = PriceBounds.of(spec);
    double timeValue = price - bounds.lower();
    double headroom = bounds.upper() - price;
    if (Math.abs(timeValue) <= MIN_TIME_VALUE * price || price < Double.MIN_NORMAL) {
      return ImpliedVolResult.undefined(
          "the price "
              + shown(price)
              + " has no time value to speak of over the "
              + bounds.lowerName()
              + " "
              + shown(bounds.lower())
              + ": it says nothing of the volatility");
    }
    if (timeValue < 0) {
      return ImpliedVolResult.undefined(
          "the price "
              + shown(price)
              + " is below the "
              + bounds.lowerName()
              + " "
              + shown(bounds.lower())
              + ": no volatility gives it");
    }
    if (headroom <= 0) {
      return ImpliedVolResult.undefined(
          "the price "
              + shown(price)
              + " is not below the option's highest possible value "
              + shown(bounds.upper())
              + ": no volatility gives it");
    }
    if (headroom <= MIN_HEADROOM * price) {
      return ImpliedVolResult.undefined(
          "the price "
              + shown(price)
              + " is at the option's highest possible value "
              + shown(bounds.upper())
              + " to within rounding: it says nothing of the volatility");
    }
    double vol =
        OptionPricer.exerciseMayPayEarly(spec)
            ? brent(spec, price, europeanStart(spec, price))
            : european(spec, price, timeValue);
    if (vol == NormalisedBlackSolver.BELOW_RANGE || vol == NormalisedBlackSolver.ABOVE_RANGE) {
      return outOfRange(vol == NormalisedBlackSolver.BELOW_RANGE);
    }
    if (!(vol >= MIN_VOLATILITY && vol <= MAX_VOLATILITY)) {
      return ImpliedVolResult.undefined("the solver found no volatility that gives this price");
    }
    double repriced = pricer.price(spec.withVolatility(vol));
    if (!(Math.abs(repriced - price) <= REPRICE_TOLERANCE * Math.min(timeValue, headroom))) {
      return ImpliedVolResult.undefined(
          "the volatility found, "
              + shown(vol)
              + ", gives the price "
              + shown(repriced)
              + ", not "
              + shown(price));
    }
    return ImpliedVolResult.of(vol);
  }

  /**
   * The European solve in normalised form: total volatility s of the out-of-the-money option of
   * undiscounted price {@code timeValue / D} (put-call parity: an in-the-money option's time value
   * is the out-of-the-money one's value).
   */
  private double european(OptionSpec spec, double price, double timeValue) {
    double t = spec.years();
    double discount = Math.exp(-spec.rate() * t);
    double forward =
        spec.model() == OptionModel.BLACK_76
            ? spec.underlyingPrice()
            : spec.underlyingPrice() * Math.exp((spec.rate() - spec.yield()) * t);
    double k = spec.strike();
    double x = -Math.abs(Math.log(forward / k));
    double beta = timeValue / discount / Math.sqrt(forward * k);
    double rootT = Math.sqrt(t);
    double s = NormalisedBlackSolver.solve(x, beta, MIN_VOLATILITY * rootT, MAX_VOLATILITY * rootT);
    if (Double.isNaN(s)) {
      return brent(spec, price, Double.NaN);
    }
    return s / rootT;
  }

  /**
   * The European implied volatility of an American price, where there is one: a start for Brent.
   */
  private double europeanStart(OptionSpec spec, double price) {
    OptionSpec european = spec.withExercise(ExerciseStyle.EUROPEAN);
    PriceBounds bounds = PriceBounds.of(european);
    double timeValue = price - bounds.lower();
    if (price >= bounds.upper() || timeValue <= MIN_TIME_VALUE * price) {
      return Double.NaN;
    }
    double vol = european(european, price, timeValue);
    return vol > MIN_VOLATILITY && vol < MAX_VOLATILITY ? vol : Double.NaN;
  }

  /**
   * Brent on [1e-4, 10], from {@code start} when it is a number. An American price's volatility
   * lies at or below the European one of the same price (early exercise only adds value), so with a
   * European start Brent first tries the narrow bracket just below it, which takes a third of the
   * evaluations; the whole range is searched when the narrow one does not hold the root.
   */
  private double brent(OptionSpec spec, double price, double start) {
    UnivariateFunction miss = vol -> pricer.price(spec.withVolatility(vol)) - price;
    if (!Double.isNaN(start)) {
      double high = Math.min(MAX_VOLATILITY, start * (1 + NARROW_ABOVE));
      double lowest = Math.max(MIN_VOLATILITY, start * NARROW_BELOW);
      if (miss.value(high) >= 0 && miss.value(lowest) <= 0) {
        try {
          return new BrentSolver(BRENT_RELATIVE_ACCURACY, BRENT_ABSOLUTE_ACCURACY)
              .solve(BRENT_MAX_EVALUATIONS, miss, lowest, high, start);
        } catch (MathIllegalStateException notConverged) {
          // the whole range below
        }
      }
    }
    double low = miss.value(MIN_VOLATILITY);
    if (low > 0) {
      return NormalisedBlackSolver.BELOW_RANGE;
    }
    if (miss.value(MAX_VOLATILITY) < 0) {
      return NormalisedBlackSolver.ABOVE_RANGE;
    }
    if (low == 0) {
      return MIN_VOLATILITY;
    }
    BrentSolver solver = new BrentSolver(BRENT_RELATIVE_ACCURACY, BRENT_ABSOLUTE_ACCURACY);
    double from = Double.isNaN(start) ? 0.5 * (MIN_VOLATILITY + MAX_VOLATILITY) : start;
    try {
      return solver.solve(BRENT_MAX_EVALUATIONS, miss, MIN_VOLATILITY, MAX_VOLATILITY, from);
    } catch (MathIllegalStateException notConverged) {
      return Double.NaN;
    }
  }

  private static ImpliedVolResult outOfRange(boolean below) {
    return ImpliedVolResult.undefined(
        below
            ? "the price is below the value at the lowest volatility, 0.01 %"
            : "the price is above the value at the highest volatility, 1,000 %");
  }

  /** A number as shown in a reason: six significant digits, plain. */
  static String shown(double value) {
    return BigDecimal.valueOf(value).round(SHOWN).stripTrailingZeros().toPlainString();
  }
}
