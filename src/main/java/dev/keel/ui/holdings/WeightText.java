package dev.keel.ui.holdings;

import dev.keel.engine.rebalance.Decimals;
import dev.keel.ui.common.TypedNumbers;
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
    if (cleaned.isEmpty() || cleaned.equals("%")) {
      return Parsed.ok(null);
    }
    Optional<BigDecimal> fraction = TypedNumbers.percent(cleaned);
    if (fraction.isEmpty()) {
      return Parsed.failed("'" + cleaned + "' is not a percentage: type a number such as 12.5");
    }
    if (fraction.get().compareTo(BigDecimal.ONE) > 0) {
      return Parsed.failed("a weight is between 0 and 100 %");
    }
    return Parsed.ok(fraction.get());
  }

  /** A fraction as the percentage the user would type: {@code 0.125 -> "12.5 %"}. */
  static String format(BigDecimal fraction) {
    return Decimals.plain(fraction.movePointRight(2)) + " %";
  }
}
