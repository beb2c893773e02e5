package dev.keel.cli;

import dev.keel.analytics.margin.AccountMarginFigures;
import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.PositionMarginFigures;
import dev.keel.io.text.PlainDecimals;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A book's margin as text tables for a terminal: the accounts, then their margined positions, then
 * the warnings; the health factor and margin level columns only when an account has one. Money in
 * the base currency at two places, ratios in percent, prices to ten significant digits (liquidation
 * prices to seven); a figure that does not apply is "-" (the liquidation price of an option or of
 * stock, which the account's shock covers), a liquidation price that cannot be reached "none".
 */
final class MarginTable {
  private static final PlainDecimals PRICE = new PlainDecimals(10, RoundingMode.HALF_UP);

  /** A liquidation price to seven significant digits: a cent of BTC, a ten-thousandth of SOL. */
  private static final PlainDecimals LIQUIDATION = new PlainDecimals(7, RoundingMode.HALF_UP);

  private MarginTable() {}

  static String render(String name, BookMargin margin) {
    StringBuilder out = new StringBuilder();
    out.append(name).append("  margin in ").append(margin.baseCurrency()).append('\n');
    out.append("\nAccounts (liquidation at a margin ratio of 100 %):\n");
    boolean health = margin.accounts().stream().anyMatch(a -> a.healthFactor() != null);
    boolean level = margin.accounts().stream().anyMatch(a -> a.marginLevel() != null);
    List<String> header =
        new ArrayList<>(
            List.of(
                "Account",
                "Mode",
                "Wallet",
                "Unrealised",
                "Margin balance",
                "Initial",
                "Maintenance",
                "Margin ratio",
                "Leverage",
                "Free"));
    if (health) {
      header.add("Health factor");
    }
    if (level) {
      header.add("Margin level");
    }
    header.add("Shock to liq.");
    List<String[]> accounts = new ArrayList<>();
    accounts.add(header.toArray(String[]::new));
    for (AccountMarginFigures a : margin.accounts()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  a.account(),
                  a.mode().label(),
                  money(a.walletBalance()),
                  money(a.unrealisedPnl()),
                  money(a.marginBalance()),
                  money(a.initialMargin()),
                  money(a.maintenanceMargin()),
                  percent(a.marginRatio()),
                  a.leverage() == null ? "-" : PlainDecimals.fixed(a.leverage(), 2) + "x",
                  money(a.freeCollateral())));
      if (health) {
        row.add(a.healthFactor() == null ? "-" : PlainDecimals.fixed(a.healthFactor(), 3));
      }
      if (level) {
        row.add(a.marginLevel() == null ? "-" : PlainDecimals.fixed(a.marginLevel(), 3));
      }
      row.add(a.shockToLiquidation() == null ? "none" : percent(a.shockToLiquidation()));
      accounts.add(row.toArray(String[]::new));
    }
    DriftTable.appendAligned(out, accounts, Set.of(0, 1));
    if (!margin.positions().isEmpty()) {
      out.append("\nPositions (prices in their quote currency):\n");
      List<String[]> positions = new ArrayList<>();
      positions.add(
          new String[] {
            "Account",
            "Symbol",
            "Quantity",
            "Entry",
            "Mark",
            "Notional",
            "Initial",
            "Maintenance",
            "Liquidation"
          });
      for (PositionMarginFigures p : margin.positions()) {
        positions.add(
            new String[] {
              p.account(),
              p.symbol(),
              PRICE.plain(p.quantity()),
              p.entryPrice() == null ? "-" : PRICE.plain(p.entryPrice()),
              PRICE.plain(p.markPrice()),
              money(p.notional()),
              money(p.initialMargin()),
              money(p.maintenanceMargin()),
              !p.liquidationPriceApplies()
                  ? "-"
                  : p.liquidationPrice() == null ? "none" : LIQUIDATION.plain(p.liquidationPrice())
            });
      }
      DriftTable.appendAligned(out, positions, Set.of(0, 1));
    }
    if (!margin.warnings().isEmpty()) {
      out.append('\n');
      margin.warnings().forEach(warning -> out.append("warning: ").append(warning).append('\n'));
    }
    return out.toString();
  }

  private static String money(double value) {
    return PlainDecimals.fixed(value, 2);
  }

  private static String percent(Double fraction) {
    return fraction == null ? "-" : PlainDecimals.fixed(fraction * 100, 2) + "%";
  }
}
