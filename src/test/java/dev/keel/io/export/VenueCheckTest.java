package dev.keel.io.export;

import static dev.keel.io.export.ExportBooks.STOCKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Venue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the export by venue says of each trade, asked before any is approved. */
class VenueCheckTest {
  @Test
  void refusal_isWhatThePlanByVenueSaysOfTheTrade_andFormatIsTheFileItGoesTo() {
    Review review =
        ExportBooks.approved(
            ExportBooks.withVenue(
                ExportBooks.withVenue(STOCKS, "taxable", Venue.KRAKEN), "ira", Venue.OTHER));
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "stocks");
    VenueCheck check = new VenueCheck(review.proposal());

    List<String> asked = new ArrayList<>();
    for (Trade trade : review.trades()) {
      check
          .refusal(trade)
          .ifPresent(
              reason ->
                  asked.add(
                      trade.id()
                          + " "
                          + trade.symbol()
                          + " in account "
                          + trade.account()
                          + " ("
                          + check.account(trade).orElseThrow().venue().id()
                          + "): "
                          + reason));
      OrderFile file =
          plan.files().stream().filter(f -> f.trades().contains(trade)).findFirst().orElseThrow();
      assertThat(check.format(trade)).as(trade.id()).contains(file.format());
    }
    assertThat(asked).isNotEmpty().isEqualTo(plan.problems());
    assertThat(check.format(trade(review, "ira"))).contains(OrderFormat.GENERIC);
    assertThat(check.refusal(trade(review, "ira"))).isEmpty();
  }

  @Test
  void aTradeOfNoAccountOfThePortfolio_isRefusedAsThePlanRefusesIt() {
    Review review = ExportBooks.approved(STOCKS);
    Trade stray = review.trades().get(0);
    Trade elsewhere =
        new Trade(
            stray.id(),
            "gone",
            stray.symbol(),
            stray.side(),
            stray.quantity(),
            stray.price(),
            stray.currency(),
            stray.notional(),
            stray.notionalBase(),
            stray.fee(),
            stray.feeBase(),
            stray.slippageBase(),
            stray.purpose(),
            stray.reason());
    Proposal proposal = review.proposal();
    Proposal withStray =
        new Proposal(
            proposal.id(),
            proposal.portfolio(),
            proposal.market(),
            proposal.settings(),
            List.of(elsewhere),
            proposal.warnings(),
            proposal.cashFlows());
    VenueCheck check = new VenueCheck(withStray);

    assertThat(check.format(elsewhere)).isEmpty();
    assertThat(
            OrderExport.plan(Review.of(withStray).approveAll(), Routing.BY_VENUE, "s").problems())
        .containsExactly(
            elsewhere.id() + " " + elsewhere.symbol() + ": " + check.refusal(elsewhere).get());
  }

  private static Trade trade(Review review, String account) {
    return review.trades().stream()
        .filter(t -> t.account().equals(account))
        .findFirst()
        .orElseThrow();
  }
}
