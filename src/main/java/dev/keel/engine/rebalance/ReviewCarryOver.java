package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Review.Decision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The review work of an earlier proposal carried to a new one of the same book, so that an edit and
 * its recompute do not wipe what the trader decided. A trade is the same trade when it is in the
 * same account and instrument, on the same side, whatever its quantity now: it keeps its decision,
 * and a quantity the trader changed is applied again when the rules still allow it. A trade that is
 * new is pending; one that is gone is named.
 */
public final class ReviewCarryOver {
  /**
   * What was carried.
   *
   * @param review the new proposal's review
   * @param kept how many of its trades took a decision or a quantity from the earlier review
   * @param gone the earlier review's trades that are not in the new proposal, as they were
   * @param quantitiesRefused the new trades whose changed quantity the rules now refuse, with why:
   *     each keeps its decision and the quantity the engine proposed
   */
  public record Result(
      Review review, int kept, List<Trade> gone, Map<String, String> quantitiesRefused) {
    public Result {
      Objects.requireNonNull(review, "review");
      gone = List.copyOf(gone);
      quantitiesRefused = Map.copyOf(quantitiesRefused);
    }
  }

  /** One earlier trade's review work; trades that are the same trade are chained. */
  private static final class Work {
    final Trade trade;
    final Decision decision;
    final BigDecimal changedQuantity;
    Work next;
    boolean taken;

    Work(Trade trade, Decision decision, BigDecimal changedQuantity) {
      this.trade = trade;
      this.decision = decision;
      this.changedQuantity = changedQuantity;
    }
  }

  /**
   * What makes two trades of two proposals the same trade: account, instrument and side, whatever
   * the quantity. The window selects the same trades again by it after a recompute.
   */
  public record Same(String account, String symbol, Side side) {
    public static Same of(Trade trade) {
      return new Same(trade.account(), trade.symbol(), trade.side());
    }
  }

  private ReviewCarryOver() {}

  /** Carries the decisions and changed quantities of {@code earlier} to {@code fresh}. */
  public static Result of(Review earlier, Proposal fresh) {
    List<Trade> proposed = earlier.proposal().trades();
    List<Trade> reviewed = earlier.trades(); // in proposal order, as resized
    List<Work> works = new ArrayList<>(reviewed.size());
    Map<Same, Work> bySame = new HashMap<>(reviewed.size() * 2);
    for (int i = 0; i < reviewed.size(); i++) {
      Trade trade = reviewed.get(i);
      BigDecimal changed =
          trade.quantity().compareTo(proposed.get(i).quantity()) == 0 ? null : trade.quantity();
      Work work = new Work(trade, earlier.decision(trade.id()), changed);
      works.add(work);
      Work first = bySame.putIfAbsent(Same.of(trade), work);
      if (first != null) { // rare: chained behind the first, taken in order
        Work last = first;
        while (last.next != null) {
          last = last.next;
        }
        last.next = work;
      }
    }
    List<Trade> freshTrades = fresh.trades();
    Decision[] decisions = new Decision[freshTrades.size()];
    Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    int kept = 0;
    for (int i = 0; i < freshTrades.size(); i++) {
      Trade trade = freshTrades.get(i);
      decisions[i] = Decision.PENDING;
      Work work = bySame.get(Same.of(trade));
      while (work != null && work.taken) {
        work = work.next;
      }
      if (work == null) {
        continue;
      }
      work.taken = true;
      kept++;
      decisions[i] = work.decision;
      if (work.changedQuantity != null && work.changedQuantity.compareTo(trade.quantity()) != 0) {
        quantities.put(trade.id(), work.changedQuantity);
      }
    }
    Review review = Review.withDecisions(fresh, decisions);
    Map<String, String> refused = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> change : quantities.entrySet()) {
      Review.Change result = review.changeQuantity(change.getKey(), change.getValue());
      if (result.error().isPresent()) {
        refused.put(change.getKey(), result.error().get());
      } else {
        review = result.review();
      }
    }
    List<Trade> gone = new ArrayList<>();
    for (Work work : works) {
      if (!work.taken) {
        gone.add(work.trade);
      }
    }
    return new Result(review, kept, gone, refused);
  }
}
