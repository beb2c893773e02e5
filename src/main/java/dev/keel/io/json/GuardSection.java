package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The mandate's {@code guard}: the margin limits no proposal may take an account past
 * (docs/margin.md, "The guard"). Not written when no limit is set.
 */
final class GuardSection implements Section {
  private static final Set<String> GUARD =
      JsonFields.names("maxMarginRatio", "minShockToLiquidation", "maxLeverage", "minHealthFactor");

  @Override
  public List<String> fields() {
    return List.of("guard");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    JsonFields guard = in.root().object("guard", "the guard", GUARD);
    if (guard == null) {
      return;
    }
    int before = guard.context().problems.size();
    BigDecimal ratio =
        below1(guard, "maxMarginRatio", "0.5 (maintenance margin at most half the margin balance)");
    BigDecimal shock =
        below1(guard, "minShockToLiquidation", "0.3 (the account survives a common move of 30 %)");
    BigDecimal leverage = optional(guard, "maxLeverage");
    BigDecimal health = optional(guard, "minHealthFactor");
    guard.rejectUnknownFields();
    if (guard.context().problems.size() == before) {
      draft.portfolio.guard(new MarginGuard(ratio, shock, leverage, health));
    }
  }

  private static BigDecimal below1(JsonFields guard, String field, String example) {
    int before = guard.context().problems.size();
    BigDecimal value = optional(guard, field);
    if (value != null
        && guard.context().problems.size() == before
        && value.compareTo(BigDecimal.ONE) >= 0) {
      guard.problem(
          field,
          "\""
              + field
              + "\" is "
              + value.toPlainString()
              + " but must be a fraction below 1, such as "
              + example);
      return null;
    }
    return value;
  }

  /** A positive number, or {@code null} when the field is not given. */
  private static BigDecimal optional(JsonFields guard, String field) {
    return guard.has(field) ? guard.decimal(field, Range.POSITIVE, null) : null;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    MarginGuard guard = portfolio.guard();
    if (!guard.isSet()) {
      return;
    }
    ObjectNode node = root.putObject("guard");
    put(node, "maxMarginRatio", guard.maxMarginRatio());
    put(node, "minShockToLiquidation", guard.minShockToLiquidation());
    put(node, "maxLeverage", guard.maxLeverage());
    put(node, "minHealthFactor", guard.minHealthFactor());
  }

  private static void put(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.put(field, value.toPlainString());
    }
  }
}
