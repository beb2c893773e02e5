package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mandate's {@code stressGroups}: the groups of underlyings that move together in stress
 * scenarios, each with a kind and optionally its underlyings and scan ranges (docs/stress.md). Not
 * written when empty, so a book on Keel's default groups stays as it was.
 */
final class StressGroupsSection implements Section {
  private static final Set<String> GROUP =
      JsonFields.names("name", "kind", "underlyings", "priceScanRange", "volScanRange");
  private static final List<String> KIND_LABELS =
      Arrays.stream(GroupKind.values()).map(GroupKind::label).toList();

  /** The SPAN-like set moves a group by twice its range, and a price cannot fall by 100 %. */
  private static final BigDecimal MOST_PRICE_RANGE = new BigDecimal("0.5");

  @Override
  public List<String> fields() {
    return List.of("stressGroups");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    Set<String> names = new HashSet<>();
    Map<String, String> groupOf = new HashMap<>();
    Set<GroupKind> restTaken = new HashSet<>();
    List<StressGroup> groups =
        in.list(
            "stressGroups",
            "a stress group",
            GROUP,
            fields -> group(fields, names, groupOf, restTaken),
            null,
            null);
    draft.portfolio.stressGroups(groups);
  }

  private static StressGroup group(
      JsonFields fields, Set<String> names, Map<String, String> groupOf, Set<GroupKind> restTaken) {
    int before = fields.context().problems.size();
    String name = fields.requiredText("name");
    if (name != null && !names.add(name)) {
      fields.problem("name", "another stress group is named " + name + ": give each its own name");
    }
    GroupKind kind =
        fields.choice(
            "kind",
            GroupKind::fromLabel,
            KIND_LABELS,
            name == null ? null : GroupKind.fromLabel(name));
    if (kind == null && !fields.has("kind") && name != null) {
      fields.problem(
          "name",
          "the stress group "
              + name
              + " needs a \"kind\": one of "
              + String.join(", ", KIND_LABELS));
    }
    List<String> underlyings = underlyings(fields, name, groupOf);
    GroupKind defaults = kind == null ? GroupKind.CRYPTO : kind;
    BigDecimal price =
        fields.decimal("priceScanRange", Range.POSITIVE, defaults.defaultPriceScanRange());
    if (fields.has("priceScanRange") && price.compareTo(MOST_PRICE_RANGE) >= 0) {
      fields.problem(
          "priceScanRange",
          "the price scan range must be below 0.5 (50 %): the SPAN-like set moves a group by"
              + " twice its range, and a price cannot fall by 100 %; found "
              + price.toPlainString());
    }
    BigDecimal vol = fields.decimal("volScanRange", Range.FRACTION, defaults.defaultVolScanRange());
    if (fields.has("volScanRange") && vol.compareTo(BigDecimal.ONE) == 0) {
      fields.problem(
          "volScanRange",
          "the vol scan range must be below 1: vol down by 100 % would leave no volatility");
    }
    if (fields.context().problems.size() > before) {
      return null;
    }
    if (underlyings.isEmpty() && !restTaken.add(kind)) {
      fields.problem(
          "underlyings",
          "another "
              + kind.label()
              + " group already takes every "
              + kind.label()
              + " underlying that no group names: list this one's \"underlyings\"");
      return null;
    }
    return new StressGroup(name, kind, underlyings, price, vol);
  }

  private static List<String> underlyings(
      JsonFields fields, String name, Map<String, String> groupOf) {
    List<String> underlyings = new ArrayList<>();
    List<JsonNode> nodes = fields.array("underlyings");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      if (!node.isTextual() || node.asText().isBlank()) {
        fields.problem(
            "underlyings/" + i,
            "an underlying must be a symbol such as BTC or SPX, found "
                + JsonFields.describe(node));
        continue;
      }
      String underlying = node.asText();
      String other = groupOf.putIfAbsent(underlying, name);
      if (other != null) {
        fields.problem(
            "underlyings/" + i,
            underlying
                + " is already in the stress group "
                + other
                + ": an underlying moves with one group only");
        continue;
      }
      underlyings.add(underlying);
    }
    return underlyings;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    if (portfolio.stressGroups().isEmpty()) {
      return;
    }
    ArrayNode groups = root.putArray("stressGroups");
    for (StressGroup group : portfolio.stressGroups()) {
      ObjectNode node =
          groups.addObject().put("name", group.name()).put("kind", group.kind().label());
      if (!group.underlyings().isEmpty()) {
        ArrayNode underlyings = node.putArray("underlyings");
        group.underlyings().forEach(underlyings::add);
      }
      node.put("priceScanRange", group.priceScanRange().toPlainString());
      node.put("volScanRange", group.volScanRange().toPlainString());
    }
  }
}
