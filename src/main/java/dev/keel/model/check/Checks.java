package dev.keel.model.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the model's records (in {@code model} and {@code model.market}); a
 * failure here is a programming error, never a user's: files are checked with located messages
 * before records are made.
 */
public final class Checks {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,12}");

  private Checks() {}

  public static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return plain(value, what);
  }

  /** Text, possibly empty, without a character {@link UnsafeCharacters} refuses. */
  public static String plain(String value, String what) {
    Objects.requireNonNull(value, what);
    String refusal = UnsafeCharacters.refusal(value);
    if (refusal != null) {
      throw new IllegalArgumentException(
          what + " \"" + UnsafeCharacters.shown(value) + "\" " + refusal);
    }
    return value;
  }

  public static String currency(String code, String what) {
    Objects.requireNonNull(code, what);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what + " must be 2 to 12 capital letters or digits: " + code);
    }
    return code;
  }

  public static BigDecimal positive(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal nonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal fraction(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          what + " must be between 0 and 1: " + value.toPlainString());
    }
    return value;
  }
}
