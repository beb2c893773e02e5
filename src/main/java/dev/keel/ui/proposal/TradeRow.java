package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Trade;
import java.util.List;

/**
 * A line of the trades table: the trade as possibly resized, the user's decision on it, why the
 * last quantity typed for it was refused (empty when it was not), and its venue and the warnings
 * that concern it.
 */
public record TradeRow(Trade trade, Decision decision, String quantityError, TradeNotes notes) {
  /** The row of a trade of {@code review}, with its decision and notes and no refusal. */
  static TradeRow of(Review review, Trade trade, TradeNoteIndex notes) {
    return new TradeRow(trade, review.decision(trade.id()), "", notes.of(trade.id()));
  }

  /** The rows of every trade of {@code review}, in its order. */
  static List<TradeRow> rowsOf(Review review, TradeNoteIndex notes) {
    return review.trades().stream().map(trade -> of(review, trade, notes)).toList();
  }

  public boolean approved() {
    return decision == Decision.APPROVED;
  }

  /** A quantity as shown and typed in the table. */
  public static String quantityText(Trade trade) {
    return dev.keel.engine.rebalance.Decimals.plain(trade.quantity());
  }
}
