package dev.keel.cli;

import dev.keel.analytics.exposure.AccountExposure;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.io.text.PlainDecimals;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A book's exposure as text tables for a terminal: the positions with their Greeks, the net per
 * underlying, each account's equity and leverage, then the warnings. Money is in the base currency
 * at two places; the JSON and CSV forms keep twelve significant digits.
 */
final class ExposureTable {
  private static final PlainDecimals TEN_DIGITS = new PlainDecimals(10, RoundingMode.HALF_UP);
  private static final PlainDecimals SIX_DIGITS = new PlainDecimals(6, RoundingMode.HALF_UP);

  private ExposureTable() {}

  static String render(String name, BookExposure exposure) {
    StringBuilder out = new StringBuilder();
    out.append(name)
        .append("  as of ")
        .append(exposure.asOf())
        .append("  equity ")
        .append(money(exposure.total().equity()))
        .append(' ')
        .append(exposure.baseCurrency())
        .append("  leverage ")
        .append(leverage(exposure.total().leverage()))
        .append('\n');
    out.append(
        "\nPositions (delta in units of the underlying; vega per vol point, theta per day, cash"
            + " gamma per 1 % move, in "
            + exposure.baseCurrency()
            + "):\n");
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "Account",
          "Symbol",
          "Type",
          "Quantity",
          "Price",
          "Model",
          "IV",
          "Delta",
          "Gamma",
          "Vega",
          "Theta",
          "Cash delta",
          "Cash gamma",
          "Days"
        });
    for (PositionExposure p : exposure.positions()) {
      lines.add(
          new String[] {
            p.account(),
            p.symbol(),
            p.type().label(),
            number(p.quantity()),
            number(p.price()),
            p.modelPrice() == null ? "" : SIX_DIGITS.plain(p.modelPrice()),
            impliedVol(p),
            fixed(p.delta(), 4),
            p.gamma() == 0 ? "" : fixed(p.gamma(), 6),
            p.vega() == 0 ? "" : money(p.vega()),
            p.theta() == 0 ? "" : money(p.theta()),
            money(p.cashDelta()),
            p.cashGamma() == 0 ? "" : money(p.cashGamma()),
            p.daysToExpiry() == null ? "" : p.daysToExpiry().toString()
          });
    }
    DriftTable.appendAligned(out, lines, Set.of(0, 1, 2));
    out.append("\nNet per underlying:\n");
    List<String[]> underlyings = new ArrayList<>();
    underlyings.add(
        new String[] {
          "Underlying",
          "Price",
          "Delta",
          "Cash delta",
          "Cash gamma",
          "Vega",
          "Theta",
          "Gross",
          "Funding/day",
          "Expiry in"
        });
    for (UnderlyingExposure u : exposure.underlyings()) {
      underlyings.add(
          new String[] {
            u.underlying(),
            number(u.price()) + " " + u.currency(),
            fixed(u.delta(), 4),
            money(u.cashDelta()),
            money(u.cashGamma()),
            money(u.vega()),
            money(u.theta()),
            money(u.grossNotional()),
            u.fundingPerDay() == 0 ? "" : money(u.fundingPerDay()),
            u.nearestExpiryDays() == null ? "" : u.nearestExpiryDays() + " d"
          });
    }
    DriftTable.appendAligned(out, underlyings);
    out.append("\nAccounts:\n");
    List<String[]> accounts = new ArrayList<>();
    accounts.add(new String[] {"Account", "Equity", "Gross notional", "Net notional", "Leverage"});
    for (AccountExposure a : exposure.accounts()) {
      accounts.add(account(a.account(), a));
    }
    accounts.add(account("book", exposure.total()));
    DriftTable.appendAligned(out, accounts);
    if (!exposure.warnings().isEmpty()) {
      out.append('\n');
      exposure.warnings().forEach(warning -> out.append("warning: ").append(warning).append('\n'));
    }
    return out.toString();
  }

  private static String[] account(String name, AccountExposure a) {
    return new String[] {
      name,
      money(a.equity()),
      money(a.grossNotional()),
      money(a.netNotional()),
      leverage(a.leverage())
    };
  }

  private static String impliedVol(PositionExposure p) {
    if (p.impliedVol() != null) {
      return fixed(p.impliedVol() * 100, 2) + "%";
    }
    return p.type().label().equals("option") ? "undefined" : "";
  }

  private static String leverage(Double leverage) {
    return leverage == null ? "-" : fixed(leverage, 2) + "x";
  }

  private static String money(double value) {
    return fixed(value, 2);
  }

  /** Fixed places; a value that rounds to zero is shown as zero, without a sign. */
  private static String fixed(double value, int places) {
    return PlainDecimals.fixed(value, places);
  }

  /** A price or quantity to ten significant digits, without trailing zeros. */
  private static String number(double value) {
    return TEN_DIGITS.plain(value);
  }
}
