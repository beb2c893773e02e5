package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Trade;

/**
 * A line of the trades table: the trade as possibly resized, the user's decision on it, why the
 * last quantity typed for it was refused (empty when it was not), and its venue and the warnings
 * that concern it.
 */
public record TradeRow(Trade trade, Decision decision, String quantityError, TradeNotes notes) {
  public boolean approved() {
    return decision == Decision.APPROVED;
  }
}
