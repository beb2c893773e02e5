package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.GuardedRebalancer;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Portfolio;
import org.junit.jupiter.api.Test;

/** The footer's guard line on the near-the-edge sample, within its guard and past it. */
class GuardFooterTest {
  private final Portfolio book = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);
  private final Proposal proposal =
      GuardedRebalancer.propose(book, RebalanceSettings.DEFAULT, book.guard());

  @Test
  void theWholeProposal_endsWithinTheGuard_andTheLineSaysSoWithTheFigures() {
    String line = GuardFooter.text(report(Review.of(proposal).approveAll()));
    assertThat(line)
        .startsWith("Guard: binance margin ratio 15.25% → ")
        .contains("leverage 24.22x → ")
        .contains("shock to liq. -4.05% → ")
        .endsWith("— every margin account ends within its guard");
  }

  @Test
  void withTheDeRiskingRejected_theLineNamesWhatBlocksTheExport() {
    Review review = Review.of(proposal).approveAll();
    for (Trade trade : proposal.trades()) {
      if (trade.purpose() == Trade.Purpose.DE_RISK) {
        review = review.reject(trade.id());
      }
    }
    assertThat(GuardFooter.text(report(review)))
        .contains("— blocks the export: binance: margin ratio")
        .contains("above maxMarginRatio 10.00 %");
  }

  @Test
  void aBookWithoutAGuard_hasNoLine() {
    assertThat(GuardFooter.text(null)).isEmpty();
  }

  private GuardReport report(Review review) {
    Portfolio after = Outcome.apply(book, review.approvedTrades(), proposal.cashFlows());
    return GuardReport.of(book, after, book.guard());
  }
}
