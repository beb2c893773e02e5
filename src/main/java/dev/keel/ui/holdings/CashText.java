package dev.keel.ui.holdings;

import dev.keel.engine.CashHolding;
import dev.keel.ui.common.Formats;

/**
 * A cash balance as the holdings tree shows it: its name, "in ibkr-margin EUR", its amount in that
 * currency, "-2,500.00" (the value column has it in the base currency), and in the state column
 * whether it is a loan, in words, not only by colour.
 */
final class CashText {
  /** The state of a negative balance. */
  static final String LOAN = "loan (owed)";

  private CashText() {}

  /** The account and currency. */
  static String name(CashHolding cash) {
    return "in " + cash.account() + "  " + cash.currency();
  }

  /** The balance in its own currency, negative for a loan. */
  static String amount(CashHolding cash) {
    return Formats.money(cash.amount());
  }

  /** "loan (owed)" for a negative balance, else nothing. */
  static String state(CashHolding cash) {
    return cash.isLoan() ? LOAN : "";
  }
}
