package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.CostModel;
import dev.keel.model.CostSchedule;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code costs} object: the default fee schedule and schedules per account and instrument. */
final class CostsSection implements Section {
  private static final Set<String> COSTS = JsonFields.names("default", "accounts", "instruments");
  private static final Set<String> COST =
      JsonFields.names("feeBps", "slippageBps", "fixedFee", "minimumFee");

  @Override
  public List<String> fields() {
    return List.of("costs");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.costs(costs(in));
  }

  private static CostModel costs(DocumentReader in) {
    JsonFields fields = in.root().object("costs", "the costs", COSTS);
    if (fields == null) {
      return CostModel.FREE;
    }
    CostSchedule defaults = cost(fields.object("default", "the default costs", COST));
    Map<String, CostSchedule> accounts =
        in.objectsByKey(fields, "accounts", "the costs of ", COST, CostsSection::cost);
    Map<String, CostSchedule> instruments =
        in.objectsByKey(fields, "instruments", "the costs of ", COST, CostsSection::cost);
    fields.rejectUnknownFields();
    return new CostModel(defaults == null ? CostSchedule.FREE : defaults, accounts, instruments);
  }

  private static CostSchedule cost(JsonFields fields) {
    if (fields == null) {
      return null;
    }
    CostSchedule schedule =
        new CostSchedule(
            fields.decimal("feeBps", Range.NON_NEGATIVE, BigDecimal.ZERO),
            fields.decimal("slippageBps", Range.NON_NEGATIVE, BigDecimal.ZERO),
            fields.decimal("fixedFee", Range.NON_NEGATIVE, BigDecimal.ZERO),
            fields.decimal("minimumFee", Range.NON_NEGATIVE, BigDecimal.ZERO));
    fields.rejectUnknownFields();
    return schedule;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    CostModel costs = portfolio.costs();
    ObjectNode node = root.putObject("costs");
    write(node.putObject("default"), costs.defaults());
    ObjectNode accounts = node.putObject("accounts");
    costs.accounts().forEach((id, schedule) -> write(accounts.putObject(id), schedule));
    ObjectNode instruments = node.putObject("instruments");
    costs
        .instruments()
        .forEach((symbol, schedule) -> write(instruments.putObject(symbol), schedule));
  }

  private static void write(ObjectNode node, CostSchedule schedule) {
    node.put("feeBps", schedule.feeBps().toPlainString())
        .put("slippageBps", schedule.slippageBps().toPlainString())
        .put("fixedFee", schedule.fixedFee().toPlainString())
        .put("minimumFee", schedule.minimumFee().toPlainString());
  }
}
