package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFile;
import dev.keel.io.export.Routing;
import java.util.List;
import java.util.Optional;

/**
 * The export as planned for the dialog: which files the review's approved trades go to for the
 * routing chosen, the summary of what is written and left out, why nothing can be written as the
 * dialog stands, and the preview of each file's first orders. The review does not change while the
 * dialog is open, so its problems and counts are worked out once; the plan again for each routing.
 */
final class PlannedExport {
  /** Orders shown in the preview of each file. */
  static final int PREVIEW_ORDERS = 10;

  private final Review review;
  private final String stem;

  /** The review's pending problems and counts: it does not change while the dialog is open. */
  private final List<String> reviewProblems;

  private final long approved;
  private final long rejected;
  private final long pending;

  private ExportPlan plan;

  /**
   * @param review the review whose approved trades are exported
   * @param stem the name the files are named from
   */
  PlannedExport(Review review, String stem) {
    this.review = review;
    this.stem = stem;
    this.reviewProblems = review.problems();
    this.approved = review.count(Decision.APPROVED);
    this.rejected = review.count(Decision.REJECTED);
    this.pending = review.count(Decision.PENDING);
  }

  /** Plans the files again, for the routing chosen. */
  void replan(Routing routing) {
    plan = OrderExport.plan(review, routing, stem);
  }

  /** The files the export writes, as last planned. */
  ExportPlan plan() {
    return plan;
  }

  /** How many trades will be written, to how many files, and how many are left out. */
  String summary() {
    return approved
        + " approved "
        + (approved == 1 ? "trade" : "trades")
        + " will be written to "
        + plan.files().size()
        + (plan.files().size() == 1 ? " file" : " files")
        + " ("
        + rejected
        + " rejected and "
        + pending
        + " pending are left out)";
  }

  /**
   * Why nothing can be written as the dialog stands, said with what to do; empty when it can.
   *
   * @param terms the order terms typed, empty when the offset is not a valid number
   * @param folderProblem why the files cannot be written in the folder typed, empty when they can
   */
  String refusal(Optional<OrderTerms> terms, String folderProblem) {
    if (terms.isEmpty()) {
      return "Limit offset: type basis points from 0 to 9999, such as 10";
    }
    if (!folderProblem.isEmpty()) {
      return folderProblem; // typed, as the offset is: said before what the dialog cannot change
    }
    if (!reviewProblems.isEmpty()) {
      return "Nothing can be exported while " + String.join("; ", reviewProblems);
    }
    if (approved == 0) {
      return "No trade is approved: approve the trades to send first";
    }
    if (!plan.isWritable()) {
      int more = plan.problems().size() - 1;
      return "Nothing can be exported: "
          + plan.problems().get(0)
          + (more == 0 ? "" : " (and " + more + " more such " + (more == 1 ? "order)" : "orders)"));
    }
    return "";
  }

  /** The first orders of each file; with several files, each under its name. */
  String preview(OrderTerms terms) {
    StringBuilder text = new StringBuilder();
    List<String> beginnings = OrderExport.previews(review, plan, terms, PREVIEW_ORDERS);
    for (int i = 0; i < plan.files().size(); i++) {
      OrderFile file = plan.files().get(i);
      if (!plan.isSingleFile()) {
        text.append(text.length() == 0 ? "" : "\n")
            .append("=== ")
            .append(file.name())
            .append(" (")
            .append(file.orders())
            .append(file.orders() == 1 ? " order" : " orders")
            .append(") ===\n");
      }
      text.append(beginnings.get(i));
      if (file.orders() > PREVIEW_ORDERS) {
        text.append("… and ").append(file.orders() - PREVIEW_ORDERS).append(" more orders\n");
      }
    }
    return text.toString();
  }
}
