package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.ReviewCarryOver;
import dev.keel.engine.rebalance.Trade;
import java.util.List;

/** What the status line says of a new proposal and of the review work carried to it. */
final class CarriedWords {
  /** How many gone trades are named before "and N more". */
  private static final int NAMED = 3;

  private CarriedWords() {}

  /**
   * What the status line says of a new proposal: how many trades, what kept its decision, what is
   * no longer proposed ({@code carried} is null when nothing was carried to it).
   */
  static String message(Review review, ReviewCarryOver.Result carried) {
    int trades = review.trades().size();
    String gone = carried == null ? "" : gone(carried);
    if (trades == 0) {
      int warnings = review.proposal().warnings().size();
      return (warnings == 0
              ? "Nothing to trade: every line is inside its band"
              : "No trades: "
                  + (warnings == 1 ? "the warning says" : "the " + warnings + " warnings say")
                  + " what held them back")
          + gone;
    }
    if (carried != null && carried.kept() > 0) {
      return kept(review, carried) + gone;
    }
    return trades
        + (trades == 1 ? " trade" : " trades")
        + " proposed ("
        + review.proposal().id()
        + "): approve the ones to send, then export"
        + gone;
  }

  /** The new proposal's state, with what kept its decision. */
  static String kept(Review review, ReviewCarryOver.Result carried) {
    int trades = review.trades().size();
    String refused =
        carried.quantitiesRefused().isEmpty()
            ? ""
            : "; "
                + carried.quantitiesRefused().size()
                + " changed "
                + (carried.quantitiesRefused().size() == 1 ? "quantity is" : "quantities are")
                + " no longer allowed and back to the proposed one";
    return trades
        + (trades == 1 ? " trade" : " trades")
        + " proposed ("
        + review.proposal().id()
        + "), "
        + carried.kept()
        + " with the decision made before: "
        + review.count(Decision.APPROVED)
        + " approved, "
        + review.count(Decision.REJECTED)
        + " rejected, "
        + review.count(Decision.PENDING)
        + " pending"
        + refused;
  }

  /** The trades of the review before that the new proposal no longer has; empty when none. */
  static String gone(ReviewCarryOver.Result carried) {
    List<Trade> gone = carried.gone();
    if (gone.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; no longer proposed: ");
    for (int i = 0; i < Math.min(NAMED, gone.size()); i++) {
      Trade trade = gone.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(trade.side().label())
          .append(' ')
          .append(trade.symbol())
          .append(" in ")
          .append(trade.account());
    }
    if (gone.size() > NAMED) {
      text.append(" and ").append(gone.size() - NAMED).append(" more");
    }
    return text.toString();
  }
}
