package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.margin.CoinOptionRates;
import dev.keel.model.margin.EquityOptionRates;
import dev.keel.model.margin.FutureRates;
import dev.keel.model.margin.LoanLevels;
import dev.keel.model.margin.MarginRules;
import dev.keel.model.margin.MarginTiers;
import dev.keel.model.margin.StockRates;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A set of margin rules as JSON (see docs/portfolio-format.md): the object of a preset shipped with
 * Keel, or of an account's {@code margin.rules} written out in the file. Each part is one rule
 * kind: {@code marginTiers} by symbol, {@code futureRates} by coin, {@code coinOptions}, {@code
 * equityOptions}, {@code stocks} and {@code loans}, with a {@code note}.
 */
final class MarginRulesFields {
  static final Set<String> RULES =
      JsonFields.names(
          "note", "marginTiers", "futureRates", "coinOptions", "equityOptions", "stocks", "loans");
  private static final Set<String> FUTURE =
      JsonFields.names("initialRate", "maintenanceRate", "sizeRate");
  private static final Set<String> COIN_OPTIONS =
      JsonFields.names("initialRate", "initialFloor", "maintenanceRate");
  private static final Set<String> EQUITY_OPTIONS = JsonFields.names("rate", "indexRate", "floor");
  private static final Set<String> STOCKS = JsonFields.names("initialRate", "maintenanceRate");
  private static final Set<String> LOANS =
      JsonFields.names("borrowLevel", "marginCallLevel", "liquidationLevel");

  private MarginRulesFields() {}

  /** The rules of an object; the parts with problems are left out, their problems reported. */
  static MarginRules read(JsonFields rules) {
    String note = rules.text("note", null);
    Map<String, MarginTiers> tiers = new LinkedHashMap<>();
    rules
        .entries("marginTiers")
        .forEach(
            (symbol, node) -> {
              MarginTiers read =
                  MarginFields.tierList(
                      rules.context(),
                      node,
                      rules.path() + "/marginTiers/" + symbol,
                      symbol + "'s \"marginTiers\"");
              if (!read.isEmpty()) {
                tiers.put(symbol, read);
              }
            });
    Map<String, FutureRates> futures = new LinkedHashMap<>();
    rules
        .entries("futureRates")
        .forEach(
            (coin, node) -> {
              JsonFields fields =
                  JsonFields.of(
                      rules.context(),
                      node,
                      rules.path() + "/futureRates/" + coin,
                      "the \"futureRates\" of " + coin,
                      FUTURE);
              FutureRates read =
                  part(
                      fields,
                      f ->
                          new FutureRates(
                              rate(f, "initialRate"),
                              rate(f, "maintenanceRate"),
                              f.decimal("sizeRate", Range.FRACTION, null)));
              if (read != null) {
                futures.put(coin, read);
              }
            });
    CoinOptionRates coin =
        part(
            rules.object("coinOptions", "the \"coinOptions\" of the rules", COIN_OPTIONS),
            f ->
                new CoinOptionRates(
                    rate(f, "initialRate"), rate(f, "initialFloor"), rate(f, "maintenanceRate")));
    EquityOptionRates equity =
        part(
            rules.object("equityOptions", "the \"equityOptions\" of the rules", EQUITY_OPTIONS),
            f -> new EquityOptionRates(rate(f, "rate"), rate(f, "indexRate"), rate(f, "floor")));
    StockRates stocks =
        part(
            rules.object("stocks", "the \"stocks\" of the rules", STOCKS),
            f -> new StockRates(rate(f, "initialRate"), rate(f, "maintenanceRate")));
    LoanLevels loans =
        part(
            rules.object("loans", "the \"loans\" of the rules", LOANS),
            f ->
                new LoanLevels(
                    f.decimal("borrowLevel", Range.POSITIVE, null),
                    f.decimal("marginCallLevel", Range.POSITIVE, null),
                    f.decimal("liquidationLevel", Range.POSITIVE, null)));
    rules.rejectUnknownFields();
    return new MarginRules(null, note, tiers, futures, coin, equity, stocks, loans);
  }

  /** A rate, above 0 and at most 1 (a rate of 0 or 1 the part's own check refuses). */
  private static BigDecimal rate(JsonFields fields, String field) {
    return fields.decimal(field, Range.FRACTION, null);
  }

  /**
   * One part of the rules from its object: {@code null} when there is none, or when it has
   * problems, which are reported (a rule the part's record refuses, at the object).
   */
  private static <T> T part(JsonFields fields, Function<JsonFields, T> build) {
    if (fields == null) {
      return null;
    }
    int before = fields.context().problems.size();
    T read;
    try {
      read = build.apply(fields);
    } catch (IllegalArgumentException e) {
      read = null;
      if (fields.context().problems.size() == before) {
        fields.context().problem(fields.path(), fields.what() + ": " + e.getMessage());
      }
    }
    fields.rejectUnknownFields();
    return fields.context().problems.size() > before ? null : read;
  }

  /** Writes rules given in the file (a preset is written by its name instead). */
  static void write(ObjectNode node, MarginRules rules) {
    if (rules.note() != null) {
      node.put("note", rules.note());
    }
    if (!rules.marginTiers().isEmpty()) {
      ObjectNode tiers = node.putObject("marginTiers");
      new TreeMap<>(rules.marginTiers())
          .forEach((symbol, list) -> MarginFields.writeTiers(tiers.putArray(symbol), list));
    }
    if (!rules.futureRates().isEmpty()) {
      ObjectNode futures = node.putObject("futureRates");
      new TreeMap<>(rules.futureRates())
          .forEach(
              (coin, rates) ->
                  futures
                      .putObject(coin)
                      .put("initialRate", plain(rates.initialRate()))
                      .put("maintenanceRate", plain(rates.maintenanceRate()))
                      .put("sizeRate", plain(rates.sizeRate())));
    }
    if (rules.coinOptions() != null) {
      node.putObject("coinOptions")
          .put("initialRate", plain(rules.coinOptions().initialRate()))
          .put("initialFloor", plain(rules.coinOptions().initialFloor()))
          .put("maintenanceRate", plain(rules.coinOptions().maintenanceRate()));
    }
    if (rules.equityOptions() != null) {
      node.putObject("equityOptions")
          .put("rate", plain(rules.equityOptions().rate()))
          .put("indexRate", plain(rules.equityOptions().indexRate()))
          .put("floor", plain(rules.equityOptions().floor()));
    }
    if (rules.stocks() != null) {
      node.putObject("stocks")
          .put("initialRate", plain(rules.stocks().initialRate()))
          .put("maintenanceRate", plain(rules.stocks().maintenanceRate()));
    }
    if (rules.loans() != null) {
      node.putObject("loans")
          .put("borrowLevel", plain(rules.loans().borrowLevel()))
          .put("marginCallLevel", plain(rules.loans().marginCallLevel()))
          .put("liquidationLevel", plain(rules.loans().liquidationLevel()));
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
