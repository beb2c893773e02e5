package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.ReviewCarryOver;

/**
 * A review with its before/after and what blocks its export, and its trades' notes, worked out
 * together off the FX thread, and what was carried to it from the review before ({@code null} when
 * nothing was).
 */
record ComputedReview(
    Review review,
    ReviewTotalsViewModel.Totals totals,
    TradeNoteIndex notes,
    ReviewCarryOver.Result carried) {

  /** Works out the totals and the notes of a review. */
  static ComputedReview of(Review review, ReviewCarryOver.Result carried) {
    return new ComputedReview(
        review,
        ReviewTotalsViewModel.Totals.of(review),
        TradeNoteIndex.of(review.proposal()),
        carried);
  }
}
