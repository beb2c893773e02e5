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
 */
public record Position(String account, String symbol, BigDecimal quantity) {
  public Position {
    Checks.text(account, "account");
    Checks.text(symbol, "symbol");
    Objects.requireNonNull(quantity, "quantity");
  }
}
