package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.json.JsonFields.Range;
import dev.keel.model.AssetType;
import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.MarginMode;
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
 * mode}, {@code collateral}, {@code haircuts}) and a perpetual's or future's {@code marginTiers}.
 */
final class MarginFields {
  private static final Set<String> MARGIN = JsonFields.names("mode", "collateral", "haircuts");
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
    Map<String, BigDecimal> haircuts = new LinkedHashMap<>();
    margin
        .entries("haircuts")
        .forEach(
            (asset, value) -> {
              int before = margin.context().problems.size();
              BigDecimal haircut =
                  margin.decimalValue(
                      value,
                      margin.path() + "/haircuts/" + asset,
                      "the haircut of " + asset,
                      Range.FRACTION);
              if (margin.context().problems.size() > before || haircut == null) {
                return; // reported
              }
              if (haircut.signum() > 0) {
                haircuts.put(asset, haircut);
              } else {
                margin.problem(
                    "haircuts/" + asset,
                    "the haircut of "
                        + asset
                        + " must be above 0 (0.95 counts 95 % of its value): leave the asset out"
                        + " of collateral instead");
              }
            });
    margin.rejectUnknownFields();
    // a mode that could not be read has been reported; cross stands in, so that what the file says
    // of leverage and isolated margin is not reported again as if the account had no margin
    return new AccountMargin(mode == null ? MarginMode.CROSS : mode, collateral, haircuts);
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
    List<JsonNode> nodes = instrument.array("marginTiers");
    if (nodes.isEmpty()) {
      instrument.problem(
          "marginTiers", "\"marginTiers\" is empty: give at least one tier, or leave it out");
      return MarginTiers.NONE;
    }
    List<BigDecimal> caps = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    List<BigDecimal> leverages = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    int before = instrument.context().problems.size();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "tier " + (i + 1) + " of \"marginTiers\"";
      JsonFields tier =
          JsonFields.of(
              instrument.context(),
              nodes.get(i),
              instrument.path() + "/marginTiers/" + i,
              what,
              TIER);
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
    if (instrument.context().problems.size() > before) {
      return MarginTiers.NONE; // each tier's problems are reported; the rule's would echo them
    }
    try {
      return MarginTiers.of(caps, rates, leverages, amounts);
    } catch (IllegalArgumentException e) {
      instrument.problem("marginTiers", "\"marginTiers\": " + e.getMessage());
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
    if (!margin.haircuts().isEmpty()) {
      ObjectNode haircuts = node.putObject("haircuts");
      new TreeMap<>(margin.haircuts())
          .forEach((asset, haircut) -> haircuts.put(asset, haircut.toPlainString()));
    }
  }

  /** Writes a contract's tiers, each amount as the rule gives it. */
  static void write(ObjectNode instrument, MarginTiers tiers) {
    if (tiers.isEmpty()) {
      return;
    }
    ArrayNode list = instrument.putArray("marginTiers");
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
