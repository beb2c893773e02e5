package dev.keel.ui.stress;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;

/**
 * Whether the stress view can show the book after the proposal, and a line saying so: only for a
 * current proposal with approved trades, since the book after the trades is the book once the
 * approved ones are made.
 *
 * @param review the review whose approved trades make the book after, {@code null} for none
 * @param note what the view says about the after side
 */
record AfterSide(Review review, String note) {
  /**
   * The after side of {@code review} ({@code null} for none), {@code stale} if it is not current.
   */
  static AfterSide of(Review review, boolean stale) {
    if (review == null) {
      return before("there is no proposal for this book (see the Proposal view)");
    }
    if (stale) {
      return before("the proposal shown is not of the book as it is now (see the Proposal view)");
    }
    long approved = review.count(Decision.APPROVED);
    if (approved == 0) {
      return before(
          "no trade of the proposal is approved; approve trades in the Proposal view to see the"
              + " book after them beside it");
    }
    return new AfterSide(
        review,
        "After the proposal's approved trades ("
            + approved
            + " of "
            + review.trades().size()
            + "), its cash flows settled");
  }

  private static AfterSide before(String why) {
    return new AfterSide(null, "Before the proposal only: " + why);
  }
}
