package dev.keel.cli;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardFigures;
import dev.keel.engine.guard.GuardReport;
import dev.keel.io.text.PlainDecimals;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The guard below a proposal: each margin account's figures before and after the approved trades
 * beside the limits, its contracts' liquidation prices, and which limits still block the export.
 */
final class GuardTable {
  private static final PlainDecimals LIQUIDATION = new PlainDecimals(7, RoundingMode.HALF_UP);

  private GuardTable() {}

  static String render(GuardReport report) {
    StringBuilder out = new StringBuilder();
    MarginGuard limits = report.limits();
    out.append("\nMargin guard (")
        .append(describe(limits))
        .append("), before -> after the approved trades:\n");
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "Account", "Margin ratio", "Leverage", "Health factor", "Shock to liq.", "Worst span P&L"
        });
    for (GuardReport.AccountChange change : report.accounts()) {
      GuardFigures before = change.before();
      GuardFigures after = change.after();
      lines.add(
          new String[] {
            change.account(),
            both(
                percent(before == null ? null : before.marginRatio()),
                percent(after.marginRatio())),
            both(times(before == null ? null : before.leverage()), times(after.leverage())),
            both(plain(before == null ? null : before.healthFactor()), plain(after.healthFactor())),
            both(
                percent(before == null ? null : before.shockToLiquidation()),
                percent(after.shockToLiquidation())),
            both(money(change.worstStressBefore()), money(change.worstStressAfter()))
          });
    }
    DriftTable.appendAligned(out, lines, Set.of(0));
    if (!report.liquidations().isEmpty()) {
      out.append("\nLiquidation prices, before -> after:\n");
      List<String[]> prices = new ArrayList<>();
      prices.add(new String[] {"Account", "Symbol", "Liquidation"});
      for (GuardReport.LiquidationChange change : report.liquidations()) {
        prices.add(
            new String[] {
              change.account(),
              change.symbol(),
              both(liquidation(change.before()), liquidation(change.after()))
            });
      }
      DriftTable.appendAligned(out, prices, Set.of(0, 1));
    }
    if (report.breachesAfter().isEmpty()) {
      out.append("\nEvery margin account ends within its guard.\n");
    } else {
      out.append("\nPast the guard after the trades (export refused without --override-guard):\n");
      for (GuardBreach breach : report.breachesAfter()) {
        out.append("  ").append(breach.text()).append('\n');
      }
    }
    return out.toString();
  }

  private static String describe(MarginGuard limits) {
    List<String> set = new ArrayList<>();
    add(set, "maxMarginRatio", limits.maxMarginRatio());
    add(set, "minShockToLiquidation", limits.minShockToLiquidation());
    add(set, "maxLeverage", limits.maxLeverage());
    add(set, "minHealthFactor", limits.minHealthFactor());
    return String.join(", ", set);
  }

  private static void add(List<String> set, String key, BigDecimal value) {
    if (value != null) {
      set.add(key + " " + value.toPlainString());
    }
  }

  private static String both(String before, String after) {
    return before + " -> " + after;
  }

  private static String percent(Double fraction) {
    return fraction == null ? "-" : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }

  private static String times(Double value) {
    return value == null ? "-" : PlainDecimals.fixed(value, 2) + "x";
  }

  private static String plain(Double value) {
    return value == null ? "-" : PlainDecimals.fixed(value, 3);
  }

  private static String money(Double value) {
    return value == null ? "-" : PlainDecimals.fixed(value, 2);
  }

  private static String liquidation(Double price) {
    return price == null ? "none" : LIQUIDATION.plain(price);
  }
}
