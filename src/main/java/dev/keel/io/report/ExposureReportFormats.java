package dev.keel.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keel.analytics.exposure.AccountExposure;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.analytics.pricing.Greeks;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import dev.keel.io.text.PlainDecimals;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's exposure as JSON and as CSV (see {@code docs/exposure.md}). The analytics work in
 * doubles; here each figure becomes a plain decimal of at most {@value #DIGITS} significant digits
 * (no exponent, no grouping, '.' as the point), and a figure that is not known is {@code null} in
 * JSON and an empty cell in CSV.
 */
public final class ExposureReportFormats {
  /** Significant digits a double is written with: more than any input carries, fewer than noise. */
  static final int DIGITS = 12;

  private static final PlainDecimals SIGNIFICANT =
      new PlainDecimals(DIGITS, RoundingMode.HALF_EVEN);

  /** Columns of the CSV form, one line per position. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "account",
          "symbol",
          "type",
          "quantity",
          "price",
          "model_price",
          "implied_vol",
          "volatility",
          "method",
          "underlying",
          "underlying_price",
          "root",
          "years_to_expiry",
          "days_to_expiry",
          "unit_delta",
          "unit_gamma",
          "unit_vega",
          "unit_theta",
          "unit_rho",
          "delta",
          "gamma",
          "vega",
          "theta",
          "rho",
          "cash_delta",
          "cash_gamma",
          "premium_adjusted_delta",
          "market_value",
          "unrealised_pnl",
          "funding_per_day");

  private ExposureReportFormats() {}

  /**
   * A double as a plain decimal of {@value #DIGITS} significant digits; {@code null} if unknown.
   */
  static String decimal(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return SIGNIFICANT.plain(value);
  }

  /** The exposure as an indented JSON document. */
  public static String toJson(BookExposure exposure) {
    return TextOutput.json(document(exposure));
  }

  /**
   * The document {@link #toJson} gives, written to {@code out} as it is made.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void writeJson(BookExposure exposure, Writer out) throws IOException {
    TextOutput.json(document(exposure), out);
  }

  private static TextOutput.JsonWriting document(BookExposure exposure) {
    return json -> {
      json.writeStartObject();
      json.writeStringField("baseCurrency", exposure.baseCurrency());
      json.writeStringField("asOf", exposure.asOf().toString());
      json.writeArrayFieldStart("positions");
      for (PositionExposure p : exposure.positions()) {
        position(json, p);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("underlyings");
      for (UnderlyingExposure u : exposure.underlyings()) {
        underlying(json, u);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("accountUnderlyings");
      for (UnderlyingExposure u : exposure.accountUnderlyings()) {
        underlying(json, u);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("accounts");
      for (AccountExposure a : exposure.accounts()) {
        account(json, a);
      }
      json.writeEndArray();
      json.writeFieldName("book");
      account(json, exposure.total());
      json.writeArrayFieldStart("warnings");
      for (String warning : exposure.warnings()) {
        json.writeString(warning);
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }

  private static void position(JsonGenerator json, PositionExposure p) throws IOException {
    json.writeStartObject();
    json.writeStringField("account", p.account());
    json.writeStringField("symbol", p.symbol());
    json.writeStringField("type", p.type().label());
    number(json, "quantity", p.quantity());
    number(json, "price", p.price());
    json.writeStringField("quoteCurrency", p.quoteCurrency());
    number(json, "modelPrice", p.modelPrice());
    number(json, "impliedVol", p.impliedVol());
    if (p.impliedVolNote() != null) {
      json.writeStringField("impliedVolNote", p.impliedVolNote());
    }
    number(json, "volatility", p.volatility());
    json.writeStringField("method", p.method());
    json.writeStringField("underlying", p.underlying());
    number(json, "underlyingPrice", p.underlyingPrice());
    json.writeStringField("root", p.root());
    number(json, "yearsToExpiry", p.yearsToExpiry());
    integer(json, "daysToExpiry", p.daysToExpiry());
    Greeks unit = p.unit();
    json.writeObjectFieldStart("unit");
    number(json, "delta", unit.delta());
    number(json, "gamma", unit.gamma());
    number(json, "vega", unit.vega());
    number(json, "theta", unit.theta());
    number(json, "rho", unit.rho());
    json.writeEndObject();
    number(json, "delta", p.delta());
    number(json, "gamma", p.gamma());
    number(json, "vega", p.vega());
    number(json, "theta", p.theta());
    number(json, "rho", p.rho());
    number(json, "cashDelta", p.cashDelta());
    number(json, "cashGamma", p.cashGamma());
    number(json, "premiumAdjustedDelta", p.premiumAdjustedDelta());
    number(json, "marketValue", p.marketValue());
    number(json, "unrealisedPnl", p.unrealisedPnl());
    number(json, "fundingPerDay", p.fundingPerDay());
    json.writeEndObject();
  }

  private static void underlying(JsonGenerator json, UnderlyingExposure u) throws IOException {
    json.writeStartObject();
    if (u.account() != null) {
      json.writeStringField("account", u.account());
    }
    json.writeStringField("underlying", u.underlying());
    number(json, "price", u.price());
    json.writeStringField("currency", u.currency());
    number(json, "delta", u.delta());
    number(json, "cashDelta", u.cashDelta());
    number(json, "gamma", u.gamma());
    number(json, "cashGamma", u.cashGamma());
    number(json, "vega", u.vega());
    number(json, "theta", u.theta());
    number(json, "rho", u.rho());
    number(json, "grossNotional", u.grossNotional());
    number(json, "fundingPerDay", u.fundingPerDay());
    integer(json, "nearestExpiryDays", u.nearestExpiryDays());
    json.writeEndObject();
  }

  private static void account(JsonGenerator json, AccountExposure a) throws IOException {
    json.writeStartObject();
    if (a.account() != null) {
      json.writeStringField("account", a.account());
    }
    number(json, "equity", a.equity());
    number(json, "grossNotional", a.grossNotional());
    number(json, "netNotional", a.netNotional());
    number(json, "leverage", a.leverage());
    json.writeEndObject();
  }

  /** A figure as a plain decimal, or {@code null} when it is not known. */
  private static void number(JsonGenerator json, String name, Double value) throws IOException {
    String decimal = decimal(value);
    json.writeFieldName(name);
    if (decimal == null) {
      json.writeNull();
    } else {
      json.writeNumber(decimal);
    }
  }

  private static void integer(JsonGenerator json, String name, Long value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  /** The positions as CSV with a header row. */
  public static String toCsv(BookExposure exposure) {
    List<List<String>> rows = new ArrayList<>();
    for (PositionExposure p : exposure.positions()) {
      Greeks unit = p.unit();
      rows.add(
          List.of(
              CsvCells.text(p.account()),
              CsvCells.text(p.symbol()),
              p.type().label(),
              plain(p.quantity()),
              plain(p.price()),
              plain(p.modelPrice()),
              plain(p.impliedVol()),
              plain(p.volatility()),
              p.method() == null ? "" : p.method(),
              CsvCells.text(p.underlying()),
              plain(p.underlyingPrice()),
              CsvCells.text(p.root()),
              plain(p.yearsToExpiry()),
              p.daysToExpiry() == null ? "" : Long.toString(p.daysToExpiry()),
              plain(unit.delta()),
              plain(unit.gamma()),
              plain(unit.vega()),
              plain(unit.theta()),
              plain(unit.rho()),
              plain(p.delta()),
              plain(p.gamma()),
              plain(p.vega()),
              plain(p.theta()),
              plain(p.rho()),
              plain(p.cashDelta()),
              plain(p.cashGamma()),
              plain(p.premiumAdjustedDelta()),
              plain(p.marketValue()),
              plain(p.unrealisedPnl()),
              plain(p.fundingPerDay())));
    }
    return TextOutput.csv(CSV_COLUMNS, rows);
  }

  private static String plain(Double value) {
    String decimal = decimal(value);
    return decimal == null ? "" : decimal;
  }
}
