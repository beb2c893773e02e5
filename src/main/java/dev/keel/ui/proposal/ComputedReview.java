package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.ReviewCarryOver;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review with its before/after and what blocks its export, its trades' notes and the table's rows
 * (with where each trade's row is), worked out together off the FX thread, and what was carried to
 * it from the review before ({@code null} when nothing was).
 */
record ComputedReview(
    Review review,
    ReviewTotalsViewModel.Totals totals,
    TradeNoteIndex notes,
    List<TradeRow> rows,
    Map<String, Integer> rowIndex,
    TradesShown.Presorted presorted,
    ReviewCarryOver.Result carried) {

  /**
   * Works out the totals, the notes and the rows of a review, and the rows in {@code order} (the
   * table's, null for none) for the table to show without sorting them on the JavaFX thread.
   */
  static ComputedReview of(
      Review review, ReviewCarryOver.Result carried, Comparator<TradeRow> order) {
    TradeNoteIndex notes = TradeNoteIndex.of(review.proposal());
    List<TradeRow> rows = TradeRow.rowsOf(review, notes);
    Map<String, Integer> rowIndex = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      rowIndex.put(rows.get(i).trade().id(), i);
    }
    return new ComputedReview(
        review,
        ReviewTotalsViewModel.Totals.of(review),
        notes,
        rows,
        Collections.unmodifiableMap(rowIndex),
        order == null ? null : TradesShown.Presorted.of(rows, order),
        carried);
  }
}
