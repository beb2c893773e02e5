package dev.keel.cli;

import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.model.ExposureBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The drift report as a fixed-width text table for a terminal. Shown figures round half up to two
 * places, as a spreadsheet would; the JSON and CSV forms keep every digit.
 */
final class DriftTable {
  private static final String[] HEADER = {
    "", "Value", "Current", "Target", "Drift pp", "Rel drift", "Band ±pp", "State"
  };

  private DriftTable() {}

  static String render(DriftReport report) {
    StringBuilder out = new StringBuilder();
    boolean delta = report.basis() == ExposureBasis.DELTA;
    out.append(report.portfolioName())
        .append(report.isOfAccount() ? "  account " + report.account() : "")
        .append("  as of ")
        .append(report.asOf())
        .append(delta ? "  equity " : "  total ")
        .append(money(delta ? report.equity() : report.totalValue()))
        .append(' ')
        .append(report.baseCurrency())
        .append(delta ? "  weights: exposure (delta) over equity" : "")
        .append('\n');
    // with derivatives, each line's delta-adjusted exposure beside its value
    boolean exposure = !report.derivatives().isEmpty();
    List<String[]> lines = new ArrayList<>();
    lines.add(exposure ? withExposure(HEADER, "Exposure", "Exp wt") : HEADER);
    for (DriftRow row : report.rows()) {
      String[] line = {
        "  ".repeat(row.depth()) + name(row),
        money(row.marketValue()),
        percent(row.currentWeight()),
        percent(row.targetWeight()),
        points(row.drift()),
        percent(row.relativeDrift()),
        bandLimit(row),
        state(row)
      };
      lines.add(
          exposure
              ? withExposure(line, money(row.exposure()), percent(row.exposureWeight()))
              : line);
    }
    appendAligned(out, lines);
    int breached = report.breached().size();
    if (!report.targetsSet()) {
      out.append("No targets set: add \"targets\" to the file to measure drift.\n");
    } else {
      out.append(
          breached == 0
              ? "All bands respected.\n"
              : breached
                  + (breached == 1 ? " band breached" : " bands breached")
                  + " (marked !!).\n");
    }
    if (!report.derivatives().isEmpty()) {
      out.append("\nDerivatives (exposure, not part of the allocation):\n");
      List<String[]> derivatives = new ArrayList<>();
      derivatives.add(
          new String[] {
            "Account",
            "Symbol",
            "Type",
            "Underlying",
            "Expiry",
            "Days",
            "Quantity",
            "Price",
            "Currency",
            "Exposure"
          });
      for (DerivativeLine line : report.derivatives()) {
        derivatives.add(
            new String[] {
              line.account(),
              line.symbol(),
              line.type().label(),
              line.underlying() == null ? "" : line.underlying(),
              line.expiry() == null ? "" : line.expiry().toString(),
              line.daysToExpiry() == null ? "" : line.daysToExpiry().toString(),
              line.quantity().toPlainString(),
              line.price().toPlainString(),
              line.currency(),
              money(line.exposure())
            });
      }
      appendAligned(out, derivatives);
    }
    report
        .exposureWarnings()
        .forEach(warning -> out.append("warning: ").append(warning).append('\n'));
    return out.toString();
  }

  /** The line with the exposure and its weight put after the value. */
  private static String[] withExposure(String[] line, String exposure, String weight) {
    String[] wider = new String[line.length + 2];
    wider[0] = line[0];
    wider[1] = line[1];
    wider[2] = exposure;
    wider[3] = weight;
    System.arraycopy(line, 2, wider, 4, line.length - 2);
    return wider;
  }

  private static String bandLimit(DriftRow row) {
    if (row.targetWeight() == null) {
      return "-";
    }
    return row.bandLimit() == null ? "none" : points(row.bandLimit()).replace("+", "");
  }

  private static String name(DriftRow row) {
    return row.kind() == RowKind.INSTRUMENT ? row.key() : row.label();
  }

  private static String state(DriftRow row) {
    if (!row.breached()) {
      return row.targetWeight() == null ? "" : "ok";
    }
    return "!! " + (row.drift().signum() > 0 ? "over" : "under");
  }

  /** Appends the lines as columns: the first left-aligned, the others right-aligned. */
  static void appendAligned(StringBuilder out, List<String[]> lines) {
    appendAligned(out, lines, Set.of(0));
  }

  /** Appends the lines as columns, left-aligning the given columns and right-aligning the rest. */
  static void appendAligned(StringBuilder out, List<String[]> lines, Set<Integer> leftColumns) {
    int[] widths = new int[lines.get(0).length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    boolean[] left = new boolean[widths.length];
    leftColumns.forEach(column -> left[column] = true);
    StringBuilder text = new StringBuilder();
    for (String[] line : lines) {
      text.setLength(0);
      for (int i = 0; i < line.length; i++) {
        String padding = " ".repeat(widths[i] - line[i].length());
        text.append(i == 0 ? "" : "  ")
            .append(left[i] ? line[i] : padding)
            .append(left[i] ? padding : line[i]);
      }
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(text, 0, end).append('\n');
    }
  }

  static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String percent(BigDecimal fraction) {
    return fraction == null
        ? "-"
        : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  static String points(BigDecimal fraction) {
    if (fraction == null) {
      return "-";
    }
    BigDecimal value = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}
