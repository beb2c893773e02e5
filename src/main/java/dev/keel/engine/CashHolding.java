package dev.keel.engine;

import java.math.BigDecimal;

/**
 * The cash of one currency held in one account; a negative amount is a loan (borrowed on margin).
 *
 * @param account account id
 * @param currency the currency of the balance
 * @param amount the balance in that currency, negative for a loan
 * @param marketValue the balance in the base currency
 */
public record CashHolding(
    String account, String currency, BigDecimal amount, BigDecimal marketValue) {

  /** Whether the balance is owed rather than held. */
  public boolean isLoan() {
    return amount.signum() < 0;
  }
}
