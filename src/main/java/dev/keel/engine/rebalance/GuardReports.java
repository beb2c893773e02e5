package dev.keel.engine.rebalance;

import dev.keel.engine.guard.GuardReport;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;

/** The margin guard's report of a review: its book before and after the approved trades. */
public final class GuardReports {
  private GuardReports() {}

  /**
   * The guard's figures before and after the approved trades under {@code limits}; {@code null}
   * when no limit is set or no account is on margin.
   */
  public static GuardReport of(Review review, MarginGuard limits) {
    Portfolio before = review.proposal().portfolio();
    if (!limits.isSet() || before.accounts().stream().noneMatch(a -> a.margin().isMargined())) {
      return null;
    }
    Portfolio valued = before.toBuilder().market(review.proposal().market()).build();
    Portfolio after = Outcome.apply(valued, review.approvedTrades(), review.proposal().cashFlows());
    return GuardReport.of(valued, after, limits);
  }
}
