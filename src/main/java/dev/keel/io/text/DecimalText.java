package dev.keel.io.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimals as people write them in files and on the command line: ASCII digits, an optional sign
 * ({@code -} or {@code +}), '.' as the point, an optional exponent, and at most {@link #MAX_DIGITS}
 * digits on either side of the point once written out. Spaces and tabs around the number are
 * ignored; no other character is (decision 12). The one place where input text becomes a {@code
 * BigDecimal}; a text longer than {@link InputLimits#MAX_NUMBER_LENGTH} is refused unread.
 */
public final class DecimalText {
  /** Largest number of digits accepted on either side of the decimal point. */
  public static final int MAX_DIGITS = InputLimits.MAX_DIGITS;

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,9})?");
  private static final Pattern EXPONENT = Pattern.compile(".*[eE][-+]?[0-9]+");
  private static final Pattern NOT_FINITE = Pattern.compile("[-+]?(NaN|Infinity|inf|nan)");

  /** Why a text is not an acceptable decimal. */
  public enum Refusal {
    NOT_A_NUMBER,
    NOT_FINITE,
    OUT_OF_RANGE
  }

  /** A parsed decimal, or the reason it was refused. */
  public record Parsed(BigDecimal value, Refusal refusal) {
    public boolean isOk() {
      return value != null;
    }
  }

  private DecimalText() {}

  /** Parses {@code text}; a negative scale is normalised, so {@code 1E+3} reads as {@code 1000}. */
  public static Parsed parse(String text) {
    String trimmed = trimmed(text);
    if (trimmed.length() > InputLimits.MAX_NUMBER_LENGTH) {
      boolean numeric = trimmed.chars().allMatch(c -> "0123456789.eE+-".indexOf(c) >= 0);
      return new Parsed(null, numeric ? Refusal.OUT_OF_RANGE : Refusal.NOT_A_NUMBER);
    }
    if (!DECIMAL.matcher(trimmed).matches()) {
      if (NOT_FINITE.matcher(trimmed).matches()) {
        return new Parsed(null, Refusal.NOT_FINITE);
      }
      return new Parsed(
          null, EXPONENT.matcher(trimmed).matches() ? Refusal.OUT_OF_RANGE : Refusal.NOT_A_NUMBER);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return new Parsed(null, Refusal.OUT_OF_RANGE);
    }
    return check(value);
  }

  /**
   * The text without the spaces and tabs around it (and only those): what decision 12 reads away
   * around a number, and around any cell of a holdings CSV.
   */
  public static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Checks the range of an already parsed decimal, normalising a negative scale. */
  public static Parsed check(BigDecimal value) {
    if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
      return new Parsed(null, Refusal.OUT_OF_RANGE);
    }
    return new Parsed(value.scale() < 0 ? value.setScale(0) : value, null);
  }

  /** What to tell the user about a refused text. */
  public static String explain(Refusal refusal) {
    return switch (refusal) {
      case NOT_A_NUMBER ->
          "is not a decimal number: write digits with '.' as the decimal point and no thousands"
              + " separators, such as 1234.5";
      case NOT_FINITE -> "is not a number: NaN and Infinity are not allowed, write a decimal";
      case OUT_OF_RANGE ->
          "is out of range: write at most "
              + MAX_DIGITS
              + " digits before and after the decimal point";
    };
  }
}
