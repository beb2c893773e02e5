package dev.keel.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.engine.AccountHolding;
import dev.keel.engine.CashHolding;
import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.model.DriftBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The drift report as JSON and as CSV. Numbers are plain decimals (no exponent, no grouping, '.' as
 * the point); weights are fractions (0.25 is 25%).
 */
public final class DriftReportFormats {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "kind",
          "key",
          "name",
          "depth",
          "parent",
          "quantity",
          "price",
          "market_value",
          "current_weight",
          "target_weight",
          "drift",
          "relative_drift",
          "band_absolute",
          "band_relative",
          "band_limit",
          "breached");

  private DriftReportFormats() {}

  /** The report as an indented JSON document. */
  public static String toJson(DriftReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("portfolio", report.portfolioName());
    putIfPresent(root, "account", report.account());
    root.put("baseCurrency", report.baseCurrency());
    root.put("asOf", report.asOf().toString());
    root.put("totalValue", report.totalValue());
    root.put("cashValue", report.cashValue());
    root.put("targetsSet", report.targetsSet());
    root.put("breachedCount", report.breached().size());
    ArrayNode rows = root.putArray("rows");
    for (DriftRow row : report.rows()) {
      ObjectNode node = rows.addObject();
      node.put("kind", label(row));
      node.put("key", row.key());
      node.put("name", row.label());
      node.put("depth", row.depth());
      putIfPresent(node, "parent", row.parent());
      putIfPresent(node, "quantity", row.quantity());
      putIfPresent(node, "price", row.price());
      node.put("marketValue", row.marketValue());
      node.put("currentWeight", row.currentWeight());
      putIfPresent(node, "targetWeight", row.targetWeight());
      putIfPresent(node, "drift", row.drift());
      putIfPresent(node, "relativeDrift", row.relativeDrift());
      ObjectNode band = node.putObject("band");
      putIfPresent(band, "absolute", row.band().absolute());
      putIfPresent(band, "relative", row.band().relative());
      putIfPresent(band, "limit", row.bandLimit());
      node.put("breached", row.breached());
      if (!row.holdings().isEmpty()) {
        ArrayNode holdings = node.putArray("accounts");
        for (AccountHolding holding : row.holdings()) {
          holdings
              .addObject()
              .put("account", holding.account())
              .put("quantity", holding.quantity())
              .put("marketValue", holding.marketValue());
        }
      }
    }
    ArrayNode balances = root.putArray("cashBalances");
    for (CashHolding cash : report.cash()) {
      balances
          .addObject()
          .put("account", cash.account())
          .put("currency", cash.currency())
          .put("amount", cash.amount())
          .put("marketValue", cash.marketValue())
          .put("loan", cash.isLoan());
    }
    ArrayNode derivatives = root.putArray("derivatives");
    for (DerivativeLine line : report.derivatives()) {
      derivatives
          .addObject()
          .put("account", line.account())
          .put("symbol", line.symbol())
          .put("type", line.type().label())
          .put("quantity", line.quantity())
          .put("price", line.price())
          .put("exposure", line.exposure())
          .put("currency", line.currency())
          .put("underlying", line.underlying())
          .put("expiry", line.expiry() == null ? null : line.expiry().toString())
          .put("daysToExpiry", line.daysToExpiry());
    }
    return TextOutput.json(root);
  }

  /** The report's lines as CSV with a header row, one line per class, instrument and cash. */
  public static String toCsv(DriftReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (DriftRow row : report.rows()) {
      DriftBand band = row.band();
      rows.add(
          List.of(
              label(row),
              CsvCells.text(row.key()),
              CsvCells.text(row.label()),
              Integer.toString(row.depth()),
              CsvCells.text(row.parent() == null ? "" : row.parent()),
              plain(row.quantity()),
              plain(row.price()),
              plain(row.marketValue()),
              plain(row.currentWeight()),
              plain(row.targetWeight()),
              plain(row.drift()),
              plain(row.relativeDrift()),
              plain(band.absolute()),
              plain(band.relative()),
              plain(row.bandLimit()),
              Boolean.toString(row.breached())));
    }
    return TextOutput.csv(CSV_COLUMNS, rows);
  }

  private static String label(DriftRow row) {
    return row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static void putIfPresent(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
