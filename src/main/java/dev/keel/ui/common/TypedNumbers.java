package dev.keel.ui.common;

import dev.keel.io.text.DecimalText;
import dev.keel.io.text.InputLimits;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as the user types them in the window, read exactly, never with an exception. One reading
 * for every field: quantities, weights, percentages and basis points take a decimal point or a
 * decimal comma; amounts of money take a decimal point and commas or spaces between groups of three
 * digits, and refuse a decimal comma rather than guess (read as thousands, 2500,50 would be a
 * hundred times too large). Every field keeps to the digits a portfolio file may hold ({@link
 * InputLimits#MAX_DIGITS} on either side of the point), so what is typed can be saved and read
 * back.
 */
public final class TypedNumbers {
  private TypedNumbers() {}

  /** A number at or above zero: {@code 12}, {@code 0.5}, {@code .5}, {@code 12,5}. */
  public static Optional<BigDecimal> decimal(String text) {
    String cleaned = text == null ? "" : text.trim().replace(',', '.');
    if (cleaned.length() > InputLimits.MAX_NUMBER_LENGTH
        || !cleaned.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
      return Optional.empty();
    }
    return withinDigits(new BigDecimal(cleaned));
  }

  /** A percentage with or without its sign ({@code 12.5}, {@code 12.5 %}), as a fraction. */
  public static Optional<BigDecimal> percent(String text) {
    String cleaned = text == null ? "" : text.trim();
    if (cleaned.endsWith("%")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1);
    }
    return decimal(cleaned).flatMap(value -> withinDigits(value.movePointLeft(2)));
  }

  /** An amount of money: {@code 10000}, {@code 10,000.50}, {@code 10 000}. */
  public static Optional<BigDecimal> money(String text) {
    String cleaned = text == null ? "" : text.trim();
    if (cleaned.length() > InputLimits.MAX_NUMBER_LENGTH
        || !cleaned.matches("[0-9]{1,3}([, ][0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?")) {
      return Optional.empty();
    }
    return withinDigits(new BigDecimal(cleaned.replace(",", "").replace(" ", "")));
  }

  private static Optional<BigDecimal> withinDigits(BigDecimal value) {
    DecimalText.Parsed checked = DecimalText.check(value);
    return checked.isOk() ? Optional.of(checked.value()) : Optional.empty();
  }
}
