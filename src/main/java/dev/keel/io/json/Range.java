package dev.keel.io.json;

import java.math.BigDecimal;

/** What a decimal field of a portfolio file must satisfy. */
enum Range {
  ANY(BigDecimal.ZERO, ""),
  POSITIVE(BigDecimal.ONE, "greater than 0"),
  NON_NEGATIVE(BigDecimal.ZERO, "0 or more"),
  FRACTION(BigDecimal.ZERO, "between 0 and 1 (0.05 is 5%)");

  final BigDecimal placeholder;
  final String rule;

  Range(BigDecimal placeholder, String rule) {
    this.placeholder = placeholder;
    this.rule = rule;
  }

  boolean accepts(BigDecimal value) {
    return switch (this) {
      case ANY -> true;
      case POSITIVE -> value.signum() > 0;
      case NON_NEGATIVE -> value.signum() >= 0;
      case FRACTION -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    };
  }
}
