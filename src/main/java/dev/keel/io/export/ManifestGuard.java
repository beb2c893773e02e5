package dev.keel.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardFigures;
import dev.keel.engine.guard.GuardReport;
import dev.keel.io.text.PlainDecimals;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The manifest's {@code guard}: the limits, each margin account's figures before and after the
 * exported trades, the limits still broken, and whether the user overrode the guard to export.
 */
final class ManifestGuard {
  private static final PlainDecimals FIGURE = new PlainDecimals(12, RoundingMode.HALF_EVEN);

  private ManifestGuard() {}

  static void write(ObjectNode node, GuardReport report, boolean overridden) {
    MarginGuard limits = report.limits();
    ObjectNode set = node.putObject("limits");
    limit(set, "maxMarginRatio", limits.maxMarginRatio());
    limit(set, "minShockToLiquidation", limits.minShockToLiquidation());
    limit(set, "maxLeverage", limits.maxLeverage());
    limit(set, "minHealthFactor", limits.minHealthFactor());
    ArrayNode accounts = node.putArray("accounts");
    for (GuardReport.AccountChange change : report.accounts()) {
      ObjectNode account = accounts.addObject();
      account.put("account", change.account());
      figures(account.putObject("before"), change.before(), change.worstStressBefore());
      figures(account.putObject("after"), change.after(), change.worstStressAfter());
    }
    breaches(node.putArray("brokenBefore"), report.breachesBefore());
    breaches(node.putArray("brokenAfter"), report.breachesAfter());
    node.put("overridden", overridden);
  }

  private static void figures(ObjectNode node, GuardFigures figures, Double worstStress) {
    if (figures == null) {
      return;
    }
    number(node, "marginRatio", figures.marginRatio());
    number(node, "leverage", figures.leverage());
    number(node, "healthFactor", figures.healthFactor());
    number(node, "shockToLiquidation", figures.shockToLiquidation());
    number(node, "worstStressPnl", worstStress);
  }

  private static void breaches(ArrayNode array, List<GuardBreach> breaches) {
    for (GuardBreach breach : breaches) {
      ObjectNode node = array.addObject();
      node.put("account", breach.account());
      node.put("guard", breach.guard().key());
      number(node, "figure", breach.figure());
      node.put("limit", breach.limit().toPlainString());
      node.put("text", breach.text());
    }
  }

  private static void limit(ObjectNode node, String field, BigDecimal value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value.toPlainString());
    }
  }

  private static void number(ObjectNode node, String field, Double value) {
    if (value == null || !Double.isFinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, new BigDecimal(FIGURE.plain(value)));
    }
  }
}
