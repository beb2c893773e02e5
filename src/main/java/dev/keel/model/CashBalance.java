package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Cash of one currency in one account; negative for a margin loan.
 *
 * @param account id of the holding account
 * @param currency currency code
 * @param amount amount in that currency, exact
 */
public record CashBalance(String account, String currency, BigDecimal amount) {
  public CashBalance {
    Checks.text(account, "account");
    Checks.currency(currency, "currency");
    Objects.requireNonNull(amount, "amount");
  }
}
