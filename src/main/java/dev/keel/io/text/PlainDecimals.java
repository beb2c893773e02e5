package dev.keel.io.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles written as plain decimals (no exponent, no grouping, '.' as the point), rounded from the
 * double's shortest decimal form as {@link BigDecimal#valueOf(double)} spells it: to a number of
 * significant digits with trailing zeros dropped ({@link #plain}), or to a fixed number of places
 * as {@code String.format("%.2f")} writes them ({@link #fixed}), without a minus sign on a zero.
 *
 * <p>{@link BigDecimal} (and {@code String.format}, slower still) cost one to two microseconds a
 * number in a command that starts cold, and a report of ten thousand positions writes a quarter of
 * a million of them. So the value is scaled by a power of ten into a whole number of units, which
 * one floating-point operation does to within about a unit in its last place (the power of ten is
 * exact up to 1e22, and the product is rounded once); that whole number, rounded, is the answer
 * unless the fraction lies close to one half, where the exact value and the shortest form could
 * round apart. Those rare numbers, and values too large or small to scale so, go the way of {@link
 * BigDecimal}. Tests check the two ways agree on millions of values, the halves among them.
 */
public final class PlainDecimals {
  /**
   * The most significant digits the fast way handles: the scaled number's rounding error grows with
   * it, and at 13 digits is still a hundredth of a unit.
   */
  public static final int MOST_DIGITS = 13;

  /** The most places {@link #fixed} takes. */
  public static final int MOST_PLACES = 12;

  /** Below this a scaled number keeps a rounding error under a hundredth of a unit. */
  private static final double LARGEST_SCALED = 1e13;

  /** Exact powers of ten as doubles: 1e0 to 1e22. */
  private static final double[] POWERS = new double[23];

  static {
    double power = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = power;
      power *= 10;
    }
  }

  private final int digits;
  private final MathContext context;
  private final double lowest;
  private final double highest;

  /**
   * @param digits the significant digits kept, 1 to {@value #MOST_DIGITS}
   * @param rounding how a half is rounded (decided the exact way, so any mode is kept)
   */
  public PlainDecimals(int digits, RoundingMode rounding) {
    if (digits < 1 || digits > MOST_DIGITS) {
      throw new IllegalArgumentException("digits must be 1 to " + MOST_DIGITS + ": " + digits);
    }
    this.digits = digits;
    this.context = new MathContext(digits, rounding);
    this.lowest = POWERS[digits - 1];
    this.highest = POWERS[digits];
  }

  /** The value to this many significant digits, trailing zeros dropped; it must be finite. */
  public String plain(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0";
    }
    String fast = fastPlain(value);
    return fast != null ? fast : exactPlain(value);
  }

  /** The way of {@link BigDecimal}, which {@link #plain} must agree with. */
  String exactPlain(double value) {
    return value == 0
        ? "0"
        : BigDecimal.valueOf(value).round(context).stripTrailingZeros().toPlainString();
  }

  /**
   * The value to {@code places} decimals, a half rounded up (away from zero), as {@code
   * String.format(Locale.ROOT, "%.2f", value)} writes it, but a value that rounds to zero is {@code
   * 0.00}, never {@code -0.00}; it must be finite.
   */
  public static String fixed(double value, int places) {
    requireFinite(value);
    if (places < 0 || places > MOST_PLACES) {
      throw new IllegalArgumentException("places must be 0 to " + MOST_PLACES + ": " + places);
    }
    double scaled = Math.abs(value) * POWERS[places];
    if (scaled < LARGEST_SCALED) {
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) >= nearHalf(scaled)) {
        long unscaled = (long) whole + (fraction > 0.5 ? 1 : 0);
        return text(value < 0 && unscaled != 0, unscaled, places, false);
      }
    }
    return exactFixed(value, places);
  }

  /** The way of {@link BigDecimal}, which {@link #fixed} must agree with. */
  static String exactFixed(double value, int places) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
  }

  /** The text by scaling, or {@code null} when the exact way has to decide. */
  private String fastPlain(double value) {
    double magnitude = Math.abs(value);
    // the power of ten that brings the magnitude into [10^(digits-1), 10^digits)
    int shift = digits - 1 - (int) Math.floor(Math.log10(magnitude));
    double scaled = scale(magnitude, shift);
    if (scaled >= highest) {
      scaled = scale(magnitude, --shift);
    } else if (scaled < lowest) {
      scaled = scale(magnitude, ++shift);
    }
    if (Double.isNaN(scaled) || scaled < lowest || scaled >= highest) {
      return null;
    }
    double whole = Math.floor(scaled);
    double fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) < nearHalf(highest)) {
      return null;
    }
    long unscaled = (long) whole + (fraction > 0.5 ? 1 : 0);
    return text(value < 0, unscaled, shift, true);
  }

  /**
   * How close to one half a scaled fraction may come before the exact way decides: eight times the
   * largest rounding error of the scaling and of the shortest form (each at most half a unit in the
   * last place of numbers up to {@code scaled}), and never below a thousandth.
   */
  private static double nearHalf(double scaled) {
    return Math.max(1e-3, 8 * Math.ulp(scaled));
  }

  /** {@code magnitude} times 10^shift in one rounding, or NaN when 10^shift is not exact. */
  private static double scale(double magnitude, int shift) {
    if (shift >= 0) {
      return shift < POWERS.length ? magnitude * POWERS[shift] : Double.NaN;
    }
    return -shift < POWERS.length ? magnitude / POWERS[-shift] : Double.NaN;
  }

  /**
   * The plain text of (-1)^negative x unscaled x 10^-scale, trailing zeros dropped when asked (else
   * exactly {@code scale} places).
   */
  private static String text(boolean negative, long unscaled, int scale, boolean dropZeros) {
    if (dropZeros) {
      while (unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
    }
    String number = Long.toString(unscaled);
    StringBuilder text = new StringBuilder(number.length() + Math.abs(scale) + 3);
    if (negative) {
      text.append('-');
    }
    if (scale <= 0) {
      text.append(number).append("0".repeat(-scale));
    } else if (number.length() > scale) {
      int point = number.length() - scale;
      text.append(number, 0, point).append('.').append(number, point, number.length());
    } else {
      text.append("0.").append("0".repeat(scale - number.length())).append(number);
    }
    return text.toString();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
  }
}
