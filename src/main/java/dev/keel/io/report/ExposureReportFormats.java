package dev.keel.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.analytics.exposure.AccountExposure;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.analytics.pricing.Greeks;
import dev.keel.io.CsvCells;
import dev.keel.io.TextOutput;
import java.math.BigDecimal;
import java.math.MathContext;
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

  private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
  static BigDecimal decimal(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    // from the double's shortest decimal form, which is faster than its exact binary expansion;
    // the two differ only in the last place, where the shortest form's thirteenth digit is a 5
    return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros();
  }

  /** The exposure as an indented JSON document. */
  public static String toJson(BookExposure exposure) {
    ObjectNode root = NODES.objectNode();
    root.put("baseCurrency", exposure.baseCurrency());
    root.put("asOf", exposure.asOf().toString());
    ArrayNode positions = root.putArray("positions");
    exposure.positions().forEach(p -> position(positions.addObject(), p));
    ArrayNode underlyings = root.putArray("underlyings");
    exposure.underlyings().forEach(u -> underlying(underlyings.addObject(), u));
    ArrayNode perAccount = root.putArray("accountUnderlyings");
    exposure.accountUnderlyings().forEach(u -> underlying(perAccount.addObject(), u));
    ArrayNode accounts = root.putArray("accounts");
    exposure.accounts().forEach(a -> account(accounts.addObject(), a));
    account(root.putObject("book"), exposure.total());
    ArrayNode warnings = root.putArray("warnings");
    exposure.warnings().forEach(warnings::add);
    return TextOutput.json(root);
  }

  private static void position(ObjectNode node, PositionExposure p) {
    node.put("account", p.account())
        .put("symbol", p.symbol())
        .put("type", p.type().label())
        .put("quantity", decimal(p.quantity()))
        .put("price", decimal(p.price()))
        .put("quoteCurrency", p.quoteCurrency())
        .put("modelPrice", decimal(p.modelPrice()))
        .put("impliedVol", decimal(p.impliedVol()));
    if (p.impliedVolNote() != null) {
      node.put("impliedVolNote", p.impliedVolNote());
    }
    node.put("volatility", decimal(p.volatility()))
        .put("method", p.method())
        .put("underlying", p.underlying())
        .put("underlyingPrice", decimal(p.underlyingPrice()))
        .put("root", p.root())
        .put("yearsToExpiry", decimal(p.yearsToExpiry()))
        .put("daysToExpiry", p.daysToExpiry());
    Greeks unit = p.unit();
    node.putObject("unit")
        .put("delta", decimal(unit.delta()))
        .put("gamma", decimal(unit.gamma()))
        .put("vega", decimal(unit.vega()))
        .put("theta", decimal(unit.theta()))
        .put("rho", decimal(unit.rho()));
    node.put("delta", decimal(p.delta()))
        .put("gamma", decimal(p.gamma()))
        .put("vega", decimal(p.vega()))
        .put("theta", decimal(p.theta()))
        .put("rho", decimal(p.rho()))
        .put("cashDelta", decimal(p.cashDelta()))
        .put("cashGamma", decimal(p.cashGamma()))
        .put("premiumAdjustedDelta", decimal(p.premiumAdjustedDelta()))
        .put("marketValue", decimal(p.marketValue()))
        .put("unrealisedPnl", decimal(p.unrealisedPnl()))
        .put("fundingPerDay", decimal(p.fundingPerDay()));
  }

  private static void underlying(ObjectNode node, UnderlyingExposure u) {
    if (u.account() != null) {
      node.put("account", u.account());
    }
    node.put("underlying", u.underlying())
        .put("price", decimal(u.price()))
        .put("currency", u.currency())
        .put("delta", decimal(u.delta()))
        .put("cashDelta", decimal(u.cashDelta()))
        .put("gamma", decimal(u.gamma()))
        .put("cashGamma", decimal(u.cashGamma()))
        .put("vega", decimal(u.vega()))
        .put("theta", decimal(u.theta()))
        .put("rho", decimal(u.rho()))
        .put("grossNotional", decimal(u.grossNotional()))
        .put("fundingPerDay", decimal(u.fundingPerDay()))
        .put("nearestExpiryDays", u.nearestExpiryDays());
  }

  private static void account(ObjectNode node, AccountExposure a) {
    if (a.account() != null) {
      node.put("account", a.account());
    }
    node.put("equity", decimal(a.equity()))
        .put("grossNotional", decimal(a.grossNotional()))
        .put("netNotional", decimal(a.netNotional()))
        .put("leverage", decimal(a.leverage()));
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
    BigDecimal decimal = decimal(value);
    return decimal == null ? "" : decimal.toPlainString();
  }
}
