package dev.keel.io.report;

import static dev.keel.io.report.ReportNumbers.number;
import static dev.keel.io.report.ReportNumbers.plain;

import dev.keel.analytics.margin.AccountMarginFigures;
import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.PositionMarginFigures;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's margin as JSON and as CSV (see docs/margin.md): figures as plain decimals of twelve
 * significant digits, as the exposure's; a figure that does not apply, or cannot be reached (a
 * liquidation price of a position that cannot be liquidated), is {@code null} in JSON and an empty
 * cell in CSV, never 0.
 */
public final class MarginReportFormats {
  /** Columns of the CSV form: one line per account, then one per contract. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "kind",
          "account",
          "symbol",
          "mode",
          "quantity",
          "entry_price",
          "mark_price",
          "notional",
          "wallet_balance",
          "unrealised_pnl",
          "margin_balance",
          "initial_margin",
          "maintenance_margin",
          "margin_ratio",
          "leverage",
          "free_collateral",
          "health_factor",
          "margin_level",
          "shock_to_liquidation",
          "liquidation_price");

  private MarginReportFormats() {}

  /** The margin as an indented JSON document. */
  public static String toJson(BookMargin margin) {
    return TextOutput.json(
        json -> {
          json.writeStartObject();
          json.writeStringField("baseCurrency", margin.baseCurrency());
          json.writeArrayFieldStart("accounts");
          for (AccountMarginFigures a : margin.accounts()) {
            json.writeStartObject();
            json.writeStringField("account", a.account());
            json.writeStringField("mode", a.mode().label());
            number(json, "walletBalance", a.walletBalance());
            number(json, "unrealisedPnl", a.unrealisedPnl());
            number(json, "marginBalance", a.marginBalance());
            number(json, "initialMargin", a.initialMargin());
            number(json, "maintenanceMargin", a.maintenanceMargin());
            number(json, "marginRatio", a.marginRatio());
            number(json, "leverage", a.leverage());
            number(json, "freeCollateral", a.freeCollateral());
            number(json, "healthFactor", a.healthFactor());
            number(json, "marginLevel", a.marginLevel());
            number(json, "shockToLiquidation", a.shockToLiquidation());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("positions");
          for (PositionMarginFigures p : margin.positions()) {
            json.writeStartObject();
            json.writeStringField("account", p.account());
            json.writeStringField("symbol", p.symbol());
            number(json, "quantity", p.quantity());
            number(json, "entryPrice", p.entryPrice());
            number(json, "markPrice", p.markPrice());
            number(json, "notional", p.notional());
            number(json, "initialMargin", p.initialMargin());
            number(json, "maintenanceMargin", p.maintenanceMargin());
            number(json, "liquidationPrice", p.liquidationPrice());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("warnings");
          for (String warning : margin.warnings()) {
            json.writeString(warning);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** The margin as CSV: a line per account, then a line per contract. */
  public static String toCsv(BookMargin margin) {
    List<List<String>> rows = new ArrayList<>();
    for (AccountMarginFigures a : margin.accounts()) {
      rows.add(
          List.of(
              "account",
              CsvCells.text(a.account()),
              "",
              a.mode().label(),
              "",
              "",
              "",
              "",
              plain(a.walletBalance()),
              plain(a.unrealisedPnl()),
              plain(a.marginBalance()),
              plain(a.initialMargin()),
              plain(a.maintenanceMargin()),
              plain(a.marginRatio()),
              plain(a.leverage()),
              plain(a.freeCollateral()),
              plain(a.healthFactor()),
              plain(a.marginLevel()),
              plain(a.shockToLiquidation()),
              ""));
    }
    for (PositionMarginFigures p : margin.positions()) {
      rows.add(
          List.of(
              "position",
              CsvCells.text(p.account()),
              CsvCells.text(p.symbol()),
              "",
              plain(p.quantity()),
              plain(p.entryPrice()),
              plain(p.markPrice()),
              plain(p.notional()),
              "",
              "",
              "",
              plain(p.initialMargin()),
              plain(p.maintenanceMargin()),
              "",
              "",
              "",
              "",
              "",
              "",
              plain(p.liquidationPrice())));
    }
    return TextOutput.csv(CSV_COLUMNS, rows);
  }
}
