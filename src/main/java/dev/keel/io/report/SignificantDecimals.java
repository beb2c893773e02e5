package dev.keel.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles written as plain decimals (no exponent, no grouping, '.' as the point) of at most a given
 * number of significant digits, rounded half-even from the double's shortest decimal form, as
 * {@code BigDecimal.valueOf(value).round(digits).stripTrailingZeros().toPlainString()} writes them.
 *
 * <p>That chain costs one to two microseconds a number in a command that starts cold, and a report
 * of ten thousand positions writes a quarter of a million of them. So the value is scaled by a
 * power of ten into a whole number of {@code digits} digits, which one floating-point operation
 * does to within 1.3e-4 of a unit at 12 digits (the power of ten is exact up to 1e22, and the
 * product is rounded once); that whole number, rounded, is the answer unless the fraction lies
 * within {@link #NEAR_HALF} of one half, where the exact and the shortest form could round apart.
 * Those rare numbers, and values too large or small to scale so, go the way of {@link BigDecimal}.
 * A test checks the two ways agree on millions of values, the halves among them.
 */
final class SignificantDecimals {
  /**
   * The most digits the fast way handles: the scaled number's rounding error grows with it, and at
   * 13 digits is still a hundredth of a unit.
   */
  static final int MOST_DIGITS = 13;

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
   * How close to one half a scaled fraction may come before the exact way decides: eight times the
   * largest rounding error of the scaling (half a unit in the last place of 10^digits) and of the
   * shortest form, and never below a thousandth.
   */
  private final double nearHalf;

  /**
   * @param digits the significant digits kept, 1 to {@value #MOST_DIGITS}
   */
  SignificantDecimals(int digits) {
    if (digits < 1 || digits > MOST_DIGITS) {
      throw new IllegalArgumentException("digits must be 1 to " + MOST_DIGITS + ": " + digits);
    }
    this.digits = digits;
    this.context = new MathContext(digits, RoundingMode.HALF_EVEN);
    this.lowest = POWERS[digits - 1];
    this.highest = POWERS[digits];
    this.nearHalf = Math.max(1e-3, 8 * Math.ulp(highest));
  }

  /** The value's text; {@code value} must be a finite number. */
  String plain(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0";
    }
    String fast = fast(value);
    return fast != null ? fast : exact(value);
  }

  /** The way of {@link BigDecimal}, which the fast way must agree with. */
  String exact(double value) {
    return value == 0
        ? "0"
        : BigDecimal.valueOf(value).round(context).stripTrailingZeros().toPlainString();
  }

  /** The text by scaling, or {@code null} when the exact way has to decide. */
  private String fast(double value) {
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
    if (Math.abs(fraction - 0.5) < nearHalf) {
      return null;
    }
    long unscaled = (long) whole + (fraction > 0.5 ? 1 : 0);
    return text(value < 0, unscaled, shift);
  }

  /** {@code magnitude} times 10^shift in one rounding, or NaN when 10^shift is not exact. */
  private static double scale(double magnitude, int shift) {
    if (shift >= 0) {
      return shift < POWERS.length ? magnitude * POWERS[shift] : Double.NaN;
    }
    return -shift < POWERS.length ? magnitude / POWERS[-shift] : Double.NaN;
  }

  /** The plain text of (-1)^negative x unscaled x 10^-scale, trailing zeros dropped. */
  private static String text(boolean negative, long unscaled, int scale) {
    while (unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
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
}
