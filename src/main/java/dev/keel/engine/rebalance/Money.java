package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of one currency, as a figure in a reason or a warning.
 *
 * @param amount the amount, exact
 * @param currency its currency code
 */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /** The same currency, the amount negated. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }
}
