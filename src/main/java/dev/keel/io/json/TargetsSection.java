package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code targets} object: the cash weight and the weights of classes and instruments. */
final class TargetsSection implements Section {
  private static final Set<String> TARGETS = JsonFields.names("cash", "classes", "instruments");

  @Override
  public List<String> fields() {
    return List.of("targets");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.targets(targets(in.root()));
  }

  private static TargetAllocation targets(JsonFields root) {
    JsonFields fields = root.object("targets", "the targets", TARGETS);
    if (fields == null) {
      return TargetAllocation.NONE;
    }
    BigDecimal cash = fields.decimal("cash", Range.FRACTION, BigDecimal.ZERO);
    Map<String, BigDecimal> classes = weights(fields, "classes");
    Map<String, BigDecimal> instruments = weights(fields, "instruments");
    fields.rejectUnknownFields();
    return new TargetAllocation(cash, classes, instruments);
  }

  private static Map<String, BigDecimal> weights(JsonFields fields, String field) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    fields
        .entries(field)
        .forEach(
            (key, node) ->
                weights.put(
                    key,
                    fields.decimalValue(
                        node,
                        fields.path() + "/" + field + "/" + key,
                        "the target of " + key,
                        Range.FRACTION)));
    return weights;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    TargetAllocation targets = portfolio.targets();
    ObjectNode node = root.putObject("targets");
    node.put("cash", targets.cash().toPlainString());
    ObjectNode classes = node.putObject("classes");
    targets.classes().forEach((id, weight) -> classes.put(id, weight.toPlainString()));
    ObjectNode instruments = node.putObject("instruments");
    targets
        .instruments()
        .forEach((symbol, weight) -> instruments.put(symbol, weight.toPlainString()));
  }
}
