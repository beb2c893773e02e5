package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.model.Portfolio;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Review work kept across a recompute: decisions and changed quantities, by the same trade. */
class ReviewCarryOverTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);

  private static Proposal propose(Portfolio portfolio) {
    return Rebalancer.DEFAULT.propose(portfolio, RebalanceSettings.DEFAULT);
  }

  private static Trade trade(Review review, String symbol) {
    return review.trades().stream().filter(t -> t.symbol().equals(symbol)).findFirst().get();
  }

  /** The book with one price moved by a factor. */
  private static Portfolio withPrice(Portfolio portfolio, String symbol, String factor) {
    Price price = portfolio.market().price(symbol).get();
    return portfolio.toBuilder()
        .market(
            portfolio
                .market()
                .withPrice(
                    new Price(
                        symbol, price.value().multiply(new BigDecimal(factor)), price.asOf())))
        .build();
  }

  private static Review reviewed() {
    Review review = Review.of(propose(CRYPTO));
    review = review.approve(trade(review, "BTC").id()).reject(trade(review, "USDC").id());
    Review.Change change = review.changeQuantity(trade(review, "ETH").id(), BigDecimal.ONE);
    assertThat(change.error()).isEmpty();
    return change.review().approve(trade(review, "ETH").id());
  }

  @Test
  void theSameProposalAgain_keepsEveryDecisionAndTheChangedQuantity() {
    Review earlier = reviewed();

    ReviewCarryOver.Result carried = ReviewCarryOver.of(earlier, propose(CRYPTO));

    Review review = carried.review();
    assertThat(carried.kept()).isEqualTo(earlier.trades().size());
    assertThat(carried.gone()).isEmpty();
    assertThat(review.decision(trade(review, "BTC").id())).isEqualTo(Decision.APPROVED);
    assertThat(review.decision(trade(review, "USDC").id())).isEqualTo(Decision.REJECTED);
    assertThat(review.decision(trade(review, "ETH").id())).isEqualTo(Decision.APPROVED);
    assertThat(trade(review, "ETH").quantity()).isEqualByComparingTo("1");
    assertThat(review.outcome().totals().turnover())
        .isEqualByComparingTo(earlier.outcome().totals().turnover());
  }

  @Test
  void aTradeWhoseQuantityMoved_isStillTheSameTrade() {
    Review earlier = reviewed();
    Portfolio moved = withPrice(CRYPTO, "BTC", "1.02");
    Proposal fresh = propose(moved);
    Trade btcBefore = trade(earlier, "BTC");
    Trade btcAfter =
        fresh.trades().stream().filter(t -> t.symbol().equals("BTC")).findFirst().get();
    assertThat(btcAfter.quantity()).isNotEqualByComparingTo(btcBefore.quantity());

    Review review = ReviewCarryOver.of(earlier, fresh).review();

    assertThat(review.decision(btcAfter.id())).isEqualTo(Decision.APPROVED);
    assertThat(trade(review, "BTC").quantity()).isEqualByComparingTo(btcAfter.quantity());
    assertThat(trade(review, "ETH").quantity()).isEqualByComparingTo("1");
  }

  @Test
  void aTradeThatIsGone_isNamed_andANewOneIsPending() {
    Review earlier = reviewed();
    Trade usdc = trade(earlier, "USDC");
    // a proposal without the USDC trade, and the earlier review seen from it
    Proposal fresh = propose(CRYPTO);
    Proposal withoutUsdc =
        new Proposal(
            fresh.id(),
            fresh.portfolio(),
            fresh.market(),
            fresh.settings(),
            fresh.trades().stream().filter(t -> !t.symbol().equals("USDC")).toList(),
            fresh.warnings(),
            fresh.cashFlows());

    ReviewCarryOver.Result gone = ReviewCarryOver.of(earlier, withoutUsdc);
    assertThat(gone.gone()).containsExactly(usdc);
    assertThat(gone.kept()).isEqualTo(earlier.trades().size() - 1);

    ReviewCarryOver.Result back = ReviewCarryOver.of(gone.review(), fresh);
    Review review = back.review();
    assertThat(review.decision(trade(review, "USDC").id()))
        .as("new to the earlier review")
        .isEqualTo(Decision.PENDING);
    assertThat(back.gone()).isEmpty();
  }

  @Test
  void aChangedQuantityTheRulesNowRefuse_keepsTheDecision_andSaysWhy() {
    Review earlier = Review.of(propose(CRYPTO));
    Trade btc = trade(earlier, "BTC"); // a sale
    BigDecimal held =
        CRYPTO.positions().stream()
            .filter(p -> p.symbol().equals("BTC"))
            .map(p -> p.quantity())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Review.Change all = earlier.approve(btc.id()).changeQuantity(btc.id(), held);
    assertThat(all.error()).isEmpty();
    // the book now holds less, at a higher price (still a sale): selling all it held before is more
    // than it has
    Portfolio smaller =
        withPrice(CRYPTO, "BTC", "1.3").toBuilder()
            .positions(
                CRYPTO.positions().stream()
                    .map(
                        p ->
                            p.symbol().equals("BTC")
                                ? new dev.keel.model.Position(
                                    p.account(),
                                    p.symbol(),
                                    p.quantity().multiply(new BigDecimal("0.9")))
                                : p)
                    .toList())
            .build();

    ReviewCarryOver.Result carried = ReviewCarryOver.of(all.review(), propose(smaller));

    Review review = carried.review();
    Trade now = trade(review, "BTC");
    assertThat(review.decision(now.id())).isEqualTo(Decision.APPROVED);
    assertThat(now.quantity()).isLessThan(held);
    assertThat(carried.quantitiesRefused()).containsOnlyKeys(now.id());
    assertThat(carried.quantitiesRefused().get(now.id())).startsWith("more than the ");
  }
}
