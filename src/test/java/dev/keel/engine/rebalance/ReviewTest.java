package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReviewTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);
  private static final Proposal PROPOSAL =
      Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT);

  private static Trade trade(String symbol) {
    return PROPOSAL.trades().stream().filter(t -> t.symbol().equals(symbol)).findFirst().get();
  }

  @Test
  void of_startsPending_andOnlyApprovedTradesCount() {
    Review review = Review.of(PROPOSAL);
    assertThat(review.approvedTrades()).isEmpty();
    assertThat(review.outcome().totals().trades()).isZero();

    Review approved = review.approve(trade("BTC").id());
    assertThat(approved.approvedTrades()).extracting(Trade::symbol).containsExactly("BTC");
    assertThat(approved.count(Decision.PENDING)).isEqualTo(PROPOSAL.trades().size() - 1);
    assertThat(review.approvedTrades()).as("reviews are immutable").isEmpty();
  }

  @Test
  void decide_givesEveryTradeNamedTheDecision_andLeavesTheOthers() {
    Review review = Review.of(PROPOSAL).reject(trade("USDC").id());
    java.util.List<String> named = java.util.List.of(trade("BTC").id(), trade("USDC").id());

    Review approved = review.decide(named, Decision.APPROVED);

    assertThat(approved.approvedTrades())
        .extracting(Trade::symbol)
        .containsExactlyInAnyOrder("BTC", "USDC");
    assertThat(approved.count(Decision.PENDING)).isEqualTo(PROPOSAL.trades().size() - 2);
    assertThat(review.decision(trade("USDC").id())).as("immutable").isEqualTo(Decision.REJECTED);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> review.decide(java.util.List.of("T999"), Decision.APPROVED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reject_removesTheTradeFromTheOutcome() {
    Review all = Review.of(PROPOSAL).approveAll();
    Review without = all.reject(trade("USDC").id());
    assertThat(without.outcome().totals().trades()).isEqualTo(all.trades().size() - 1);
    assertThat(
            without
                .outcome()
                .after()
                .row(dev.keel.engine.RowKind.INSTRUMENT, "USDC")
                .get()
                .breached())
        .isTrue();
  }

  @Test
  void changeQuantity_recomputesCostsAndTheAfterFigures() {
    Review review = Review.of(PROPOSAL).approveAll();
    Trade eth = trade("ETH");
    Review.Change change = review.changeQuantity(eth.id(), BigDecimal.ONE);

    assertThat(change.error()).isEmpty();
    Trade resized =
        change.review().trades().stream().filter(t -> t.id().equals(eth.id())).findFirst().get();
    assertThat(resized.quantity()).isEqualByComparingTo("1");
    assertThat(resized.notional()).isEqualByComparingTo("3050.75");
    // 40 bps of 3050.75 is 12.203, rounded up to the cent
    assertThat(resized.fee()).isEqualByComparingTo("12.21");
    assertThat(change.review().outcome().totals().turnover())
        .isLessThan(review.outcome().totals().turnover());
  }

  @Test
  void changeQuantity_aSmallerSellThatLeavesBuysUnfunded_isRefused() {
    Review review = Review.of(PROPOSAL).approveAll();
    Review.Change change = review.changeQuantity(trade("BTC").id(), new BigDecimal("0.1"));
    assertThat(change.error()).get().asString().contains("approve a sell or reduce a buy");
  }

  @Test
  void changeQuantity_offTheLotStep_isRefusedWithTheNearestValidQuantity() {
    Review review = Review.of(PROPOSAL).approveAll();
    Review.Change change = review.changeQuantity(trade("BTC").id(), new BigDecimal("0.123456789"));
    assertThat(change.error())
        .get()
        .asString()
        .contains("lot step 0.00000001")
        .contains("0.12345678");
    assertThat(change.review()).isSameAs(review);
  }

  @Test
  void changeQuantity_belowTheExchangeMinimum_isRefused() {
    Review.Change change =
        Review.of(PROPOSAL).changeQuantity(trade("USDC").id(), new BigDecimal("4"));
    assertThat(change.error()).get().asString().contains("minimum quantity of 5");
  }

  @Test
  void changeQuantity_sellingMoreThanHeld_isRefused() {
    Review.Change change = Review.of(PROPOSAL).changeQuantity(trade("BTC").id(), BigDecimal.ONE);
    assertThat(change.error()).get().asString().contains("more than the 0.85 BTC held");
  }

  @Test
  void changeQuantity_aBuyTheCashCannotPayFor_isRefused() {
    Review review = Review.of(PROPOSAL).approveAll();
    Review.Change change = review.changeQuantity(trade("ETH").id(), new BigDecimal("100"));
    assertThat(change.error()).get().asString().contains("below the floor of 500.00 USD");
  }

  @Test
  void problems_sayWhenTheApprovedTradesBreakTheCashFloor() {
    Review buysOnly = Review.of(PROPOSAL);
    for (Trade trade : PROPOSAL.trades()) {
      if (trade.side() == Side.BUY) {
        buysOnly = buysOnly.approve(trade.id());
      }
    }
    assertThat(buysOnly.problems()).singleElement().asString().contains("approve a sell");
  }
}
