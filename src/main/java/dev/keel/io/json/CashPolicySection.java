package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.CashPolicy;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The {@code cashPolicy} object: the cash every account keeps after its trades. */
final class CashPolicySection implements Section {
  private static final Set<String> CASH_POLICY = JsonFields.names("minimum");

  @Override
  public List<String> fields() {
    return List.of("cashPolicy");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    JsonFields fields = in.root().object("cashPolicy", "the cash policy", CASH_POLICY);
    if (fields == null) {
      draft.portfolio.cashPolicy(CashPolicy.NONE);
      return;
    }
    BigDecimal minimum = fields.decimal("minimum", Range.NON_NEGATIVE, BigDecimal.ZERO);
    fields.rejectUnknownFields();
    draft.portfolio.cashPolicy(new CashPolicy(minimum));
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    root.putObject("cashPolicy")
        .put("minimum", portfolio.cashPolicy().minimumAmount().toPlainString());
  }
}
