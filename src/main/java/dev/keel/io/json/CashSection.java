package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.CashBalance;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The {@code cash} list: each account's balance in each currency. */
final class CashSection implements Section {
  private static final Set<String> CASH = JsonFields.names("account", "currency", "amount");

  @Override
  public List<String> fields() {
    return List.of("cash");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.cash(
        in.list("cash", "a cash balance", CASH, fields -> balance(fields, in), null, null));
  }

  private static CashBalance balance(JsonFields fields, DocumentReader in) {
    String account = fields.requiredText("account");
    String currency = in.currency(fields, "currency", null);
    BigDecimal amount = fields.decimal("amount", Range.ANY, null);
    return account == null || currency == null ? null : new CashBalance(account, currency, amount);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ArrayNode cash = root.putArray("cash");
    for (CashBalance balance : portfolio.cash()) {
      cash.addObject()
          .put("account", balance.account())
          .put("currency", balance.currency())
          .put("amount", balance.amount().toPlainString());
    }
  }
}
