package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.CashBalance;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds currency balances that trades would take below zero. The engine budgets cash across an
 * account's currencies at the file's FX rates; a broker settles each trade in its quote currency,
 * so a balance that goes negative needs a conversion before the orders are sent.
 */
final class CurrencyCheck {
  private CurrencyCheck() {}

  static List<RebalanceWarning> shortBalances(
      Portfolio portfolio, List<Trade> trades, Map<String, BigDecimal> flows) {
    Map<String, BigDecimal> after = Outcome.cashAfter(portfolio, trades, flows);
    Map<String, BigDecimal> before = new TreeMap<>();
    for (CashBalance balance : portfolio.cash()) {
      before.merge(
          Outcome.cashKey(balance.account(), balance.currency()),
          balance.amount(),
          BigDecimal::add);
    }
    List<RebalanceWarning> warnings = new ArrayList<>();
    after.forEach(
        (key, amount) -> {
          BigDecimal was = before.getOrDefault(key, BigDecimal.ZERO);
          if (amount.signum() < 0 && amount.compareTo(was) < 0) {
            String[] parts = key.split("\u0000");
            warnings.add(
                new RebalanceWarning(
                    Kind.CURRENCY_SHORT,
                    parts[0],
                    null,
                    new RebalanceWarning.CurrencyShort(new Money(amount, parts[1]))));
          }
        });
    return warnings;
  }
}
