package dev.keel.io.report;

import static dev.keel.io.report.ReportNumbers.number;
import static dev.keel.io.report.ReportNumbers.plain;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keel.analytics.stress.AccountStress;
import dev.keel.analytics.stress.AccountWorst;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.ScenarioResult;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.model.stress.StressGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A book under stress as JSON and as CSV (see docs/stress.md): figures as plain decimals of twelve
 * significant digits, as the margin's; a figure that does not apply (the margin ratio of a cash
 * account) is {@code null} in JSON and an empty cell in CSV.
 */
public final class StressReportFormats {
  /** Columns of the CSV form: one line per scenario and account. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "set",
          "scenario",
          "weight",
          "days",
          "account",
          "mode",
          "pnl",
          "weighted_pnl",
          "equity",
          "margin_balance",
          "maintenance_margin",
          "margin_ratio",
          "liquidated");

  private StressReportFormats() {}

  /** The stress as an indented JSON document. */
  public static String toJson(BookStress stress) {
    return TextOutput.json(
        json -> {
          json.writeStartObject();
          json.writeStringField("baseCurrency", stress.baseCurrency());
          json.writeStringField("asOf", stress.asOf().toString());
          json.writeArrayFieldStart("groups");
          for (StressGroup group : stress.groups()) {
            json.writeStartObject();
            json.writeStringField("name", group.name());
            json.writeStringField("kind", group.kind().label());
            json.writeArrayFieldStart("underlyings");
            for (String underlying : stress.members().getOrDefault(group.name(), List.of())) {
              json.writeString(underlying);
            }
            json.writeEndArray();
            json.writeNumberField("priceScanRange", group.priceScanRange());
            json.writeNumberField("volScanRange", group.volScanRange());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("scenarios");
          for (ScenarioResult result : stress.scenarios()) {
            scenario(json, result);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("accounts");
          for (AccountWorst a : stress.accounts()) {
            json.writeStartObject();
            json.writeStringField("account", a.account());
            json.writeStringField("mode", a.mode().label());
            number(json, "equity", a.equity());
            number(json, "marginRatio", a.marginRatio());
            json.writeStringField("worstScenario", a.worstScenario());
            number(json, "worstPnl", a.worstPnl());
            number(json, "worstWeightedPnl", a.worstWeightedPnl());
            json.writeNumberField("liquidatedIn", a.liquidatedIn());
            json.writeStringField("firstLiquidating", a.firstLiquidating());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeStringField("worstScenario", stress.worstScenario());
          json.writeArrayFieldStart("warnings");
          for (String warning : stress.warnings()) {
            json.writeString(warning);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void scenario(JsonGenerator json, ScenarioResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("set", result.scenario().set());
    json.writeStringField("name", result.scenario().name());
    number(json, "weight", result.scenario().weight());
    number(json, "days", result.scenario().days());
    json.writeObjectFieldStart("moves");
    for (Map.Entry<String, Double> move : result.moves().entrySet()) {
      number(json, move.getKey(), move.getValue());
    }
    json.writeEndObject();
    json.writeStringField("vol", result.scenario().describeVol());
    number(json, "pnl", result.pnl());
    json.writeArrayFieldStart("accounts");
    for (AccountStress a : result.accounts()) {
      json.writeStartObject();
      json.writeStringField("account", a.account());
      number(json, "pnl", a.pnl());
      number(json, "weightedPnl", a.weightedPnl());
      number(json, "equity", a.equity());
      number(json, "marginBalance", a.marginBalance());
      number(json, "maintenanceMargin", a.maintenanceMargin());
      number(json, "marginRatio", a.marginRatio());
      json.writeBooleanField("liquidated", a.liquidated());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The stress as CSV: a line per scenario and account, in the order run. */
  public static String toCsv(BookStress stress) {
    List<List<String>> rows = new ArrayList<>();
    for (ScenarioResult result : stress.scenarios()) {
      for (AccountStress a : result.accounts()) {
        rows.add(
            List.of(
                result.scenario().set(),
                CsvCells.text(result.scenario().name()),
                plain(result.scenario().weight()),
                plain(result.scenario().days()),
                CsvCells.text(a.account()),
                a.mode().label(),
                plain(a.pnl()),
                plain(a.weightedPnl()),
                plain(a.equity()),
                plain(a.marginBalance()),
                plain(a.maintenanceMargin()),
                plain(a.marginRatio()),
                Boolean.toString(a.liquidated())));
      }
    }
    return TextOutput.csv(CSV_COLUMNS, rows);
  }
}
