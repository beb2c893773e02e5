package dev.keel.cli;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Outcome.LineChange;
import dev.keel.engine.rebalance.Outcome.Totals;
import dev.keel.engine.rebalance.RebalanceWarning;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A reviewed proposal as text: trades with reasons, before and after, totals and warnings. */
final class ProposalTable {
  private ProposalTable() {}

  static String render(Review review, Outcome outcome) {
    return render(review, outcome, "Settings: " + review.proposal().settings().describe());
  }

  /** The same, with another line under the title (what a hedge was asked). */
  static String render(Review review, Outcome outcome, String asked) {
    var proposal = review.proposal();
    String base = proposal.portfolio().baseCurrency();
    StringBuilder out = new StringBuilder();
    out.append(proposal.portfolio().name())
        .append("  proposal ")
        .append(proposal.id())
        .append('\n')
        .append(asked)
        .append("\n\n");

    if (review.trades().isEmpty()) {
      out.append("No trades proposed.\n");
    } else {
      List<String[]> lines = new ArrayList<>();
      lines.add(
          new String[] {
            "ID",
            "Account",
            "Side",
            "Quantity",
            "Symbol",
            "Price",
            "Notional " + base,
            "Est. cost",
            "Decision",
            "Reason"
          });
      for (Trade trade : review.trades()) {
        lines.add(
            new String[] {
              trade.id(),
              trade.account(),
              trade.side().label(),
              trade.quantity().toPlainString(),
              trade.symbol(),
              trade.price().toPlainString(),
              DriftTable.money(trade.notionalBase()),
              DriftTable.money(trade.estimatedCostBase()),
              review.decision(trade.id()).name().toLowerCase(java.util.Locale.ROOT),
              trade.reasonText()
            });
      }
      DriftTable.appendAligned(out, lines, Set.of(0, 1, 2, 4, 8, 9));
    }

    out.append("\nBefore and after (approved trades)\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "Target", "Before", "Drift pp", "After", "Drift pp", "State after"});
    for (LineChange line : outcome.lines()) {
      DriftRow either = line.either();
      String name =
          "  ".repeat(either.depth())
              + (either.kind() == RowKind.INSTRUMENT ? either.key() : either.label());
      rows.add(
          new String[] {
            name,
            DriftTable.percent(either.targetWeight()),
            DriftTable.percent(weight(line.before())),
            DriftTable.points(line.before() == null ? null : line.before().drift()),
            DriftTable.percent(weight(line.after())),
            DriftTable.points(line.after() == null ? null : line.after().drift()),
            line.after() == null ? "sold out" : line.after().breached() ? "!! breached" : "ok"
          });
    }
    DriftTable.appendAligned(out, rows);

    Totals totals = outcome.totals();
    out.append("\nTotals: ")
        .append(totals.trades())
        .append(totals.trades() == 1 ? " trade" : " trades")
        .append(", turnover ")
        .append(DriftTable.money(totals.turnover()))
        .append(' ')
        .append(base)
        .append(" (")
        .append(DriftTable.percent(totals.turnoverShare()))
        .append(" of the book), est. cost ")
        .append(DriftTable.money(totals.cost()))
        .append(' ')
        .append(base)
        .append(" (")
        .append(totals.costBps().toPlainString())
        .append(" bps), cash ")
        .append(DriftTable.money(totals.cashBefore()))
        .append(" -> ")
        .append(DriftTable.money(totals.cashAfter()))
        .append(' ')
        .append(base);
    totals
        .largestDrift()
        .ifPresent(
            row ->
                out.append(", largest drift left ")
                    .append(row.kind() == RowKind.INSTRUMENT ? row.key() : row.label())
                    .append(' ')
                    .append(DriftTable.points(row.drift()))
                    .append(" pp"));
    out.append(".\n");

    List<RebalanceWarning> warnings = proposal.warnings();
    if (!warnings.isEmpty()) {
      out.append("\nWarnings (").append(warnings.size()).append(")\n");
      for (RebalanceWarning warning : warnings) {
        out.append("  - ").append(warning.message()).append('\n');
      }
    }
    for (String problem : review.problems()) {
      out.append("  !! ").append(problem).append('\n');
    }
    return out.toString();
  }

  private static BigDecimal weight(DriftRow row) {
    return row == null ? BigDecimal.ZERO : row.currentWeight();
  }
}
