package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.AssetType;
import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.margin.MarginRules;
import dev.keel.model.margin.MarginTier;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The margin settings of a file (see docs/margin.md): an account's {@code margin} object ({@code
 * mode}, {@code collateral}, {@code haircuts}, {@code rules}, {@code liquidationThresholds}) and a
 * perpetual's or future's {@code marginTiers}.
 */
final class MarginFields {
  private static final Set<String> MARGIN =
      JsonFields.names("mode", "collateral", "haircuts", "rules", "liquidationThresholds");
  private static final Set<String> TIER =
      JsonFields.names("notionalCap", "maintenanceRate", "maxLeverage", "maintenanceAmount");
  private static final List<String> MODE_LABELS =
      Arrays.stream(MarginMode.values()).map(MarginMode::label).toList();

  private MarginFields() {}

  /** An account's margin settings; {@link AccountMargin#CASH} when it has none. */
  static AccountMargin account(JsonFields account, String id) {
    if (!account.has("margin")) {
      return AccountMargin.CASH;
    }
    JsonFields margin = account.object("margin", "the margin of account " + id, MARGIN);
    if (margin == null) {
      // reported; cross stands in, so that the positions' margin settings are not reported again
      return new AccountMargin(MarginMode.CROSS, List.of(), Map.of());
    }
    MarginMode mode = margin.choice("mode", MarginMode::fromLabel, MODE_LABELS, null);
    if (mode == null && !margin.has("mode")) {
      margin.problem(
          "",
          "the margin of account "
              + id
              + " is missing \"mode\": one of "
              + String.join(", ", MODE_LABELS));
    }
    List<String> collateral = new ArrayList<>();
    List<JsonNode> assets = margin.array("collateral");
    for (int i = 0; i < assets.size(); i++) {
      JsonNode asset = assets.get(i);
      if (asset.isTextual() && DocumentReader.isCurrency(asset.asText())) {
        collateral.add(asset.asText());
      } else {
        margin.problem(
            "collateral/" + i,
            "a collateral asset must be a currency or coin code such as USDT or BTC, found "
                + JsonFields.describe(asset));
      }
    }
    Map<String, BigDecimal> haircuts =
        shares(margin, "haircuts", "the haircut of ", "leave the asset out of collateral instead");
    Map<String, BigDecimal> thresholds =
        shares(
            margin,
            "liquidationThresholds",
            "the liquidation threshold of ",
            "leave out an asset that is no collateral");
    MarginRules rules = rules(margin, id);
    margin.rejectUnknownFields();
    // a mode that could not be read has been reported; cross stands in, so that what the file says
    // of leverage and isolated margin is not reported again as if the account had no margin
    MarginMode read = mode == null ? MarginMode.CROSS : mode;
    return fitted(margin, id, read, collateral, haircuts, rules, thresholds);
  }

  /**
   * The account's margin with what does not fit its mode reported and left out: rules in a cash or
   * lending account, rules other than tiers in an isolated one, liquidation thresholds outside a
   * lending account, collateral and haircuts in one, and a lending account without thresholds.
   */
  private static AccountMargin fitted(
      JsonFields margin,
      String id,
      MarginMode mode,
      List<String> collateral,
      Map<String, BigDecimal> haircuts,
      MarginRules rules,
      Map<String, BigDecimal> thresholds) {
    boolean lending = mode == MarginMode.LENDING;
    if (!rules.isEmpty() && (lending || mode == MarginMode.CASH)) {
      margin.problem(
          "rules",
          "a "
              + mode.label()
              + " account follows no venue rules"
              + (lending ? ": its liquidation thresholds are its rules" : "")
              + "; remove \"rules\"");
      rules = MarginRules.NONE;
    } else if (mode == MarginMode.ISOLATED && !rules.tiersOnly()) {
      margin.problem(
          "rules",
          "an isolated account follows leverage tiers only, and "
              + (rules.preset() == null ? "these rules" : "the preset " + rules.preset())
              + " has other rules: make the account cross, or give it rules of \"marginTiers\""
              + " alone");
      rules = MarginRules.NONE;
    }
    if (lending) {
      if (margin.has("collateral") || margin.has("haircuts")) {
        margin.problem(
            margin.has("collateral") ? "collateral" : "haircuts",
            "a lending account's \"liquidationThresholds\" name its collateral and what each"
                + " counts for: remove \"collateral\" and \"haircuts\"");
      }
      if (thresholds.isEmpty()) {
        if (!margin.has("liquidationThresholds")) {
          margin.problem(
              "",
              "the margin of lending account "
                  + id
                  + " is missing \"liquidationThresholds\": the share of each collateral"
                  + " asset's value that counts toward its health factor, such as {\"ETH\":"
                  + " \"0.83\"}");
        }
        return new AccountMargin(MarginMode.CROSS, List.of(), Map.of());
      }
      return AccountMargin.lending(thresholds);
    }
    if (margin.has("liquidationThresholds")) {
      margin.problem(
          "liquidationThresholds",
          "\"liquidationThresholds\" apply to a lending account; account "
              + id
              + " is "
              + mode.label()
              + ": remove them, or make it \"lending\"");
    }
    return new AccountMargin(mode, collateral, haircuts, rules, Map.of());
  }

  /**
   * An object of shares of each asset's value by asset, each above 0 and at most 1; a share of 0 is
   * refused with {@code instead}.
   */
  private static Map<String, BigDecimal> shares(
      JsonFields margin, String field, String label, String instead) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    margin
        .entries(field)
        .forEach(
            (asset, value) -> {
              int before = margin.context().problems.size();
              BigDecimal share =
                  margin.decimalValue(
                      value,
                      margin.path() + "/" + field + "/" + asset,
                      label + asset,
                      Range.FRACTION);
              if (margin.context().problems.size() > before || share == null) {
                return; // reported
              }
              if (share.signum() > 0) {
                shares.put(asset, share);
              } else {
                margin.problem(
                    field + "/" + asset,
                    label + asset + " must be above 0 (0.95 counts 95 % of its value): " + instead);
              }
            });
    return shares;
  }

  /**
   * The account's {@code rules}: the name of a preset Keel ships, or rules written out as an
   * object; {@link MarginRules#NONE} when there are none or they do not read (reported).
   */
  private static MarginRules rules(JsonFields margin, String id) {
    if (!margin.has("rules")) {
      return MarginRules.NONE;
    }
    JsonFields written =
        margin.nodeIsObject("rules")
            ? margin.object("rules", "the rules of account " + id, MarginRulesFields.RULES)
            : null;
    if (written != null) {
      return MarginRulesFields.read(written);
    }
    String name = margin.text("rules", null);
    if (name == null) {
      return MarginRules.NONE; // reported
    }
    MarginRules preset = MarginPresets.get(name);
    if (preset == null) {
      margin.problem(
          "rules",
          "\"rules\" \""
              + name
              + "\" is not a preset Keel ships: use one of "
              + String.join(", ", MarginPresets.NAMES)
              + ", or write the rules out as an object (docs/portfolio-format.md)");
      return MarginRules.NONE;
    }
    return preset;
  }

  /** A contract's tiers; {@link MarginTiers#NONE} when it gives none. */
  static MarginTiers tiers(JsonFields instrument, AssetType type) {
    if (!instrument.has("marginTiers")) {
      return MarginTiers.NONE;
    }
    if (type != null && type != AssetType.PERPETUAL && type != AssetType.FUTURE) {
      instrument.problem(
          "marginTiers",
          "\"marginTiers\" apply only to perpetuals and futures, not to a "
              + type.label()
              + ": remove them");
      return MarginTiers.NONE;
    }
    if ("inverse".equals(instrument.text("contract", null))) {
      instrument.problem(
          "marginTiers",
          "\"marginTiers\" follow Binance's USDT-margined rule, for linear contracts; an inverse"
              + " contract's margin is in its coin: remove them");
      return MarginTiers.NONE;
    }
    return tierList(
        instrument.context(),
        instrument.node("marginTiers"),
        instrument.path() + "/marginTiers",
        "\"marginTiers\"");
  }

  /**
   * A list of tiers at {@code path}, named {@code label} in problems; {@link MarginTiers#NONE} when
   * it has problems (reported).
   */
  static MarginTiers tierList(
      JsonFields.Context context, JsonNode list, String path, String label) {
    if (!list.isArray()) {
      context.problem(path, label + " must be a list [...], found " + JsonFields.describe(list));
      return MarginTiers.NONE;
    }
    List<JsonNode> nodes = new ArrayList<>();
    list.elements().forEachRemaining(nodes::add);
    if (nodes.isEmpty()) {
      context.problem(path, label + " is empty: give at least one tier, or leave it out");
      return MarginTiers.NONE;
    }
    List<BigDecimal> caps = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    List<BigDecimal> leverages = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    int before = context.problems.size();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "tier " + (i + 1) + " of " + label;
      JsonFields tier = JsonFields.of(context, nodes.get(i), path + "/" + i, what, TIER);
      if (tier == null) {
        continue;
      }
      BigDecimal rate = tier.decimal("maintenanceRate", Range.FRACTION, null);
      BigDecimal leverage = tier.decimal("maxLeverage", Range.POSITIVE, null);
      caps.add(tier.has("notionalCap") ? tier.decimal("notionalCap", Range.POSITIVE, null) : null);
      rates.add(rate);
      leverages.add(leverage);
      amounts.add(
          tier.has("maintenanceAmount")
              ? tier.decimal("maintenanceAmount", Range.NON_NEGATIVE, null)
              : null);
      tier.rejectUnknownFields();
    }
    if (context.problems.size() > before) {
      return MarginTiers.NONE; // each tier's problems are reported; the rule's would echo them
    }
    try {
      return MarginTiers.of(caps, rates, leverages, amounts);
    } catch (IllegalArgumentException e) {
      context.problem(path, label + ": " + e.getMessage());
      return MarginTiers.NONE;
    }
  }

  /** Writes an account's margin settings, unless it is a cash account with none. */
  static void write(ObjectNode account, AccountMargin margin) {
    if (margin.equals(AccountMargin.CASH)) {
      return;
    }
    ObjectNode node = account.putObject("margin").put("mode", margin.mode().label());
    if (!margin.collateral().isEmpty()) {
      ArrayNode collateral = node.putArray("collateral");
      margin.collateral().forEach(collateral::add);
    }
    writeShares(node, "haircuts", margin.haircuts());
    MarginRules rules = margin.rules();
    if (rules.preset() != null) {
      node.put("rules", rules.preset());
    } else if (!rules.isEmpty() || rules.note() != null) {
      MarginRulesFields.write(node.putObject("rules"), rules);
    }
    writeShares(node, "liquidationThresholds", margin.liquidationThresholds());
  }

  private static void writeShares(ObjectNode node, String field, Map<String, BigDecimal> shares) {
    if (!shares.isEmpty()) {
      ObjectNode object = node.putObject(field);
      new TreeMap<>(shares).forEach((asset, share) -> object.put(asset, share.toPlainString()));
    }
  }

  /** Writes a contract's tiers, each amount as the rule gives it. */
  static void write(ObjectNode instrument, MarginTiers tiers) {
    if (tiers.isEmpty()) {
      return;
    }
    writeTiers(instrument.putArray("marginTiers"), tiers);
  }

  /** Writes tiers into a list, each amount as the rule gives it. */
  static void writeTiers(ArrayNode list, MarginTiers tiers) {
    for (MarginTier tier : tiers.tiers()) {
      ObjectNode node = list.addObject();
      if (tier.notionalCap() != null) {
        node.put("notionalCap", tier.notionalCap().toPlainString());
      }
      node.put("maintenanceRate", tier.maintenanceRate().toPlainString())
          .put("maxLeverage", tier.maxLeverage().toPlainString())
          .put("maintenanceAmount", tier.maintenanceAmount().toPlainString());
    }
  }
}
