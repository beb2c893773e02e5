package dev.keel.ui.proposal;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardFigures;
import dev.keel.engine.guard.GuardReport;
import dev.keel.io.text.PlainDecimals;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposal footer's guard line: each margin account's guard figures before and after the
 * approved trades, and whether the guard blocks the export, in words (docs/margin.md, "The guard").
 */
final class GuardFooter {
  private GuardFooter() {}

  /** The line; empty when the book is not guarded. */
  static String text(GuardReport report) {
    if (report == null) {
      return "";
    }
    List<String> accounts = new ArrayList<>();
    for (GuardReport.AccountChange change : report.accounts()) {
      GuardFigures before = change.before();
      GuardFigures after = change.after();
      List<String> figures = new ArrayList<>();
      if (report.limits().maxMarginRatio() != null) {
        figures.add(
            "margin ratio "
                + percent(before == null ? null : before.marginRatio())
                + " → "
                + percent(after.marginRatio()));
      }
      if (report.limits().maxLeverage() != null) {
        figures.add(
            "leverage "
                + times(before == null ? null : before.leverage())
                + " → "
                + times(after.leverage()));
      }
      if (report.limits().minShockToLiquidation() != null) {
        figures.add(
            "shock to liq. "
                + percent(before == null ? null : before.shockToLiquidation())
                + " → "
                + percent(after.shockToLiquidation()));
      }
      if (report.limits().minHealthFactor() != null && after.healthFactor() != null) {
        figures.add(
            "health factor "
                + plain(before == null ? null : before.healthFactor())
                + " → "
                + plain(after.healthFactor()));
      }
      accounts.add(change.account() + " " + String.join(", ", figures));
    }
    String verdict =
        report.blocksExport()
            ? "blocks the export: "
                + String.join("; ", report.breachesAfter().stream().map(GuardBreach::text).toList())
            : "every margin account ends within its guard";
    return "Guard: " + String.join(" · ", accounts) + " — " + verdict;
  }

  private static String percent(Double fraction) {
    return fraction == null ? "none" : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }

  private static String times(Double value) {
    return value == null ? "-" : PlainDecimals.fixed(value, 2) + "x";
  }

  private static String plain(Double value) {
    return value == null ? "-" : PlainDecimals.fixed(value, 3);
  }
}
