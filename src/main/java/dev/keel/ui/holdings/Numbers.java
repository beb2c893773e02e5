package dev.keel.ui.holdings;

import java.math.BigDecimal;

/** Decimal numbers as typed in the holdings table: a dot or a comma before the decimals. */
final class Numbers {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Numbers() {}

  /** The number typed, or {@code null} when the text is not a plain decimal number. */
  static BigDecimal parse(String text) {
    String normalised = text.trim().replace(',', '.');
    if (!normalised.matches("-?[0-9]+(\\.[0-9]*)?|-?\\.[0-9]+")) {
      return null;
    }
    return new BigDecimal(normalised);
  }
}
