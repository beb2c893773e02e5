package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of one instrument held in one account; negative only for short derivatives.
 *
 * @param account id of the holding account
 * @param symbol symbol of the instrument
 * @param quantity units held, exact
 * @param entryPrice average open price of a perpetual or future position, in its quote currency,
 *     {@code null} when not given (its unrealised profit and loss is then unknown and counted as 0)
 */
public record Position(String account, String symbol, BigDecimal quantity, BigDecimal entryPrice) {
  public Position {
    Checks.text(account, "account");
    Checks.text(symbol, "symbol");
    Objects.requireNonNull(quantity, "quantity");
    if (entryPrice != null) {
      Checks.positive(entryPrice, "entryPrice");
    }
  }

  /** A position without an entry price. */
  public Position(String account, String symbol, BigDecimal quantity) {
    this(account, symbol, quantity, null);
  }
}
