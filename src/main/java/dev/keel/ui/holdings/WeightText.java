package dev.keel.ui.holdings;

import dev.keel.engine.rebalance.Decimals;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads and writes a weight as the user types it in a table cell: a percentage such as "40", "40 %"
 * or "12,5%", empty for no weight. Exact decimals; never an exception.
 */
final class WeightText {
  private WeightText() {}

  /** A parsed weight (a fraction, {@code null} for none) or why the text is not one. */
  record Parsed(BigDecimal value, Optional<String> error) {
    static Parsed ok(BigDecimal value) {
      return new Parsed(value, Optional.empty());
    }

    static Parsed failed(String error) {
      return new Parsed(null, Optional.of(error));
    }
  }

  static Parsed parse(String text) {
    String cleaned = text == null ? "" : text.trim();
    if (cleaned.endsWith("%")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1).trim();
    }
    if (cleaned.isEmpty()) {
      return Parsed.ok(null);
    }
    BigDecimal percent = Numbers.parse(cleaned);
    if (percent == null) {
      return Parsed.failed("'" + text.trim() + "' is not a percentage: type a number such as 12.5");
    }
    if (percent.signum() < 0 || percent.compareTo(Numbers.HUNDRED) > 0) {
      return Parsed.failed("a weight is between 0 and 100 %");
    }
    return Parsed.ok(percent.movePointLeft(2));
  }

  /** A fraction as the percentage the user would type: {@code 0.125 -> "12.5 %"}. */
  static String format(BigDecimal fraction) {
    return Decimals.plain(fraction.movePointRight(2)) + " %";
  }
}
