package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.TargetAllocation;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rebalance panel's view-model without a window. */
class ProposalViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());

  @Test
  void openingABook_bringsTheEnginesProposal_withEveryTradePending() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.CRYPTO);

    var expected =
        Rebalancer.DEFAULT.propose(
            TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT);
    assertThat(viewModel.rows()).extracting(r -> r.trade()).isEqualTo(expected.trades());
    assertThat(viewModel.rows()).allMatch(r -> r.decision() == Decision.PENDING);
    assertThat(viewModel.warnings()).hasSize(expected.warnings().size());
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isZero();
    assertThat(viewModel.messageProperty().get())
        .isEqualTo(
            "4 trades proposed (" + expected.id() + "): approve the ones to send, then export");
  }

  @Test
  void whileANewProposalIsWorkedOut_theOldOneIsStale_andAnOvertakenResultIsDropped() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();
    var first = viewModel.reviewProperty().get();

    viewModel.settings().destinationProperty().set(Destination.BAND_EDGE);
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.computingProperty().get()).isTrue();
    assertThat(viewModel.totals().staleProperty().get()).isTrue(); // the footer goes with it
    assertThat(viewModel.reviewProperty().get()).isSameAs(first);
    viewModel.setApproved("T1", true); // a stale proposal cannot be reviewed
    assertThat(viewModel.reviewProperty().get()).isSameAs(first);

    viewModel.settings().destinationProperty().set(Destination.TARGET);
    runner.runLast(); // the newest request finishes first
    var latest = viewModel.reviewProperty().get();
    runner.runAll(); // the band-edge result arrives late and must be ignored

    assertThat(viewModel.reviewProperty().get()).isSameAs(latest);
    assertThat(latest.proposal().settings().destination()).isEqualTo(Destination.TARGET);
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.computingProperty().get()).isFalse();
  }

  @Test
  void approveRejectAndTotals() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);

    viewModel.approveAll();
    viewModel.setApproved("T2", false);

    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(
            Decision.APPROVED, Decision.REJECTED, Decision.APPROVED, Decision.APPROVED);
    var totals = viewModel.totals().outcomeProperty().get().totals();
    assertThat(totals.trades()).isEqualTo(3);
    assertThat(totals.cashAfter().setScale(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("982.53");
    assertThat(viewModel.messageProperty().get()).isEqualTo("3 approved, 1 rejected, 0 pending");
  }

  @Test
  void toggleApproval_approvesTheTradesNamed_unlessAllAreApproved_inOneChangeOfTheReview() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    viewModel.setApproved("T1", true);
    viewModel.setApproved("T3", false);
    int[] reviewChanges = new int[1];
    viewModel.reviewProperty().addListener((obs, old, now) -> reviewChanges[0]++);

    viewModel.toggleApproval(List.of("T1", "T2", "T3")); // not all approved: approve them all
    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PENDING);
    assertThat(reviewChanges[0]).isEqualTo(1);
    assertThat(viewModel.messageProperty().get()).isEqualTo("3 approved, 0 rejected, 1 pending");

    viewModel.toggleApproval(List.of("T1", "T3")); // all approved: reject them
    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(Decision.REJECTED, Decision.APPROVED, Decision.REJECTED, Decision.PENDING);
    assertThat(reviewChanges[0]).isEqualTo(2);

    viewModel.toggleApproval(List.of()); // nothing selected: nothing changes
    assertThat(reviewChanges[0]).isEqualTo(2);
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(1);
  }

  @Test
  void toggleApproval_changesTheRowsInOneListChange_andKeepsARefusalShownOnAnother() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    String refused = viewModel.changeQuantity("T4", "lots").orElseThrow();
    int[] listChanges = new int[1];
    viewModel
        .rows()
        .addListener((javafx.collections.ListChangeListener<TradeRow>) c -> listChanges[0]++);

    viewModel.toggleApproval(List.of("T1", "T2", "T3"));

    assertThat(listChanges[0]).isEqualTo(1);
    assertThat(viewModel.rows())
        .extracting(TradeRow::quantityError)
        .containsExactly("", "", "", refused);
  }

  @Test
  void changeQuantity_refusedWithTheReasonOnTheRow_orApplied() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var before = viewModel.rows().get(0).trade();

    var refused = viewModel.changeQuantity("T1", "12 coins");
    assertThat(refused).contains("'12 coins' is not a quantity: type a number such as 12 or 0.5");
    assertThat(viewModel.rows().get(0).quantityError()).isEqualTo(refused.get());
    assertThat(viewModel.rows().get(0).trade()).isEqualTo(before);

    var tooMuch = viewModel.changeQuantity("T1", "1000");
    assertThat(tooMuch).isPresent();
    assertThat(viewModel.rows().get(0).trade().quantity()).isEqualByComparingTo(before.quantity());

    assertThat(viewModel.changeQuantity("T1", "0.1")).isEmpty();
    assertThat(viewModel.rows().get(0).trade().quantity()).isEqualByComparingTo("0.1");
    assertThat(viewModel.rows().get(0).quantityError()).isEmpty();
  }

  @Test
  void unreadableSettings_sayWhichFieldAndKeepTheOldProposalStale() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);

    viewModel.settings().cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.DEPOSIT);
    viewModel.settings().cashFlowAmountProperty().set("lots");

    assertThat(viewModel.settings().errorProperty().get())
        .isEqualTo("Deposit: type an amount above zero in the base currency, such as 10000");
    assertThat(viewModel.staleProperty().get()).isTrue();

    viewModel
        .settings()
        .cashFlowAmountProperty()
        .set("2500,50"); // a decimal comma is not guessed at
    assertThat(viewModel.settings().errorProperty().get()).startsWith("Deposit:");

    viewModel.settings().cashFlowAmountProperty().set("10,000");
    assertThat(viewModel.settings().errorProperty().get()).isEmpty();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.reviewProperty().get().proposal().settings().cashFlow())
        .isEqualByComparingTo(new BigDecimal("10000"));
  }

  @Test
  void everySettingReachesTheEngine() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.STOCKS);

    viewModel.settings().triggerProperty().set(RebalanceSettings.Trigger.CALENDAR);
    viewModel.settings().destinationProperty().set(Destination.PARTIAL);
    viewModel.settings().fractionProperty().set("25");
    viewModel.settings().cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.WITHDRAW);
    viewModel.settings().cashFlowAmountProperty().set("1000");
    viewModel.settings().cashFlowAccountProperty().set("ira");
    viewModel.settings().modeProperty().set(RebalanceSettings.Mode.SELL_ONLY);
    viewModel.settings().scopeProperty().set(RebalanceSettings.Scope.HOUSEHOLD);
    viewModel.settings().minTradeProperty().set("250");
    viewModel.settings().maxTurnoverProperty().set("15");

    RebalanceSettings used = viewModel.reviewProperty().get().proposal().settings();
    assertThat(used)
        .isEqualTo(
            RebalanceSettings.builder()
                .trigger(RebalanceSettings.Trigger.CALENDAR)
                .partial(new BigDecimal("0.25"))
                .withdraw(new BigDecimal("1000"))
                .cashFlowAccount("ira")
                .mode(RebalanceSettings.Mode.SELL_ONLY)
                .scope(RebalanceSettings.Scope.HOUSEHOLD)
                .minTradeNotional(new BigDecimal("250"))
                .maxTurnover(new BigDecimal("0.15"))
                .build());
  }

  @Test
  void targetsThatDoNotAddUp_stopTheProposal() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var portfolio = document.portfolio();

    document.edit(
        portfolio.toBuilder().targets(portfolio.targets().withCash(new BigDecimal("0.10"))).build(),
        "cash 10 %");

    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.messageProperty().get())
        .isEqualTo("The targets do not add up to 100 %: see the holdings table");
  }

  @Test
  void theFootersTotals_areWorkedOutOffTheFxThread_andOnlyTheLatestIsShown() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();

    viewModel.setApproved("T1", true);
    viewModel.approveAll();
    assertThat(viewModel.rows()).allMatch(TradeRow::approved); // the table follows at once
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades())
        .isZero(); // totals to come
    assertThat(runner.pending()).isEqualTo(2);

    assertThat(viewModel.totals().staleProperty().get()).isTrue();

    runner.runLast(); // approve all
    runner.runNext(); // the first approval's totals arrive late: dropped
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);
    assertThat(viewModel.totals().staleProperty().get()).isFalse();
  }

  @Test
  void aProposalNoLongerWanted_isCancelled_andNeverDelivers() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();
    var shown = viewModel.reviewProperty().get();

    viewModel.settings().destinationProperty().set(Destination.BAND_EDGE);
    viewModel.settings().minTradeProperty().set("a lot"); // now no proposal can be worked out
    assertThat(runner.cancelled()).isEqualTo(1);
    assertThat(viewModel.computingProperty().get()).isFalse();
    runner.runAll(); // the band-edge proposal, cancelled

    assertThat(viewModel.reviewProperty().get()).isSameAs(shown);
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.messageProperty().get())
        .startsWith("Fix the settings to see a proposal: Minimum trade:");
  }

  @Test
  void proposalsAndTotals_areWorkedOutOnTheComputeLane() {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);

    viewModel.approveAll();

    assertThat(runner.submitted(Lane.COMPUTE)).isEqualTo(2); // the proposal, then its totals
    assertThat(runner.submitted(Lane.FILES)).isZero();
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);

    viewModel.refresh(); // Rebalance now: worked out again, though nothing changed
    assertThat(runner.submitted(Lane.COMPUTE)).isEqualTo(3);
    // the same trades again: each keeps its approval (issue 11), so the totals count all four
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);
  }

  @Test
  void clearingTheTargets_clearsTheProposal_andUndoBringsItBack() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var first = viewModel.reviewProperty().get();

    document.edit(
        document.portfolio().toBuilder().targets(TargetAllocation.NONE).build(), "no targets");
    assertThat(viewModel.reviewProperty().get()).isNull();
    document.undo();

    assertThat(viewModel.reviewProperty().get().trades()).isEqualTo(first.trades());
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void anEditAndItsUndo_keepEveryApprovalAndChangedQuantity() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    List<TradeRow> rows = viewModel.rows();
    String btc =
        rows.stream().filter(r -> r.trade().symbol().equals("BTC")).findFirst().get().trade().id();
    String eth =
        rows.stream().filter(r -> r.trade().symbol().equals("ETH")).findFirst().get().trade().id();
    viewModel.approveAll();
    viewModel.setApproved(btc, false);
    assertThat(viewModel.changeQuantity(eth, "1")).isEmpty();
    Review reviewed = viewModel.reviewProperty().get();

    // an edit that leaves the same trades: a band a little wider
    document.edit(
        document.portfolio().toBuilder()
            .bands(
                new BandPolicy(
                    new DriftBand(new BigDecimal("0.051"), new BigDecimal("0.25")),
                    document.portfolio().bands().cash(),
                    document.portfolio().bands().classes(),
                    document.portfolio().bands().instruments()))
            .build(),
        "wider band");
    Review edited = viewModel.reviewProperty().get();
    assertThat(edited).isNotSameAs(reviewed);
    assertThat(edited.decision(idOf(edited, "BTC"))).isEqualTo(Review.Decision.REJECTED);
    assertThat(edited.decision(idOf(edited, "ETH"))).isEqualTo(Review.Decision.APPROVED);
    assertThat(edited.trade(idOf(edited, "ETH")).quantity()).isEqualByComparingTo("1");
    assertThat(viewModel.messageProperty().get())
        .contains("with the decision made before: 3 approved, 1 rejected, 0 pending");

    document.undo();

    assertThat(viewModel.reviewProperty().get()).as("the review of that state").isSameAs(reviewed);
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void anotherBook_startsPending() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    viewModel.approveAll();

    document.open(TestPortfolios.STOCKS);

    Review stocks = viewModel.reviewProperty().get();
    assertThat(stocks.count(Review.Decision.PENDING)).isEqualTo(stocks.trades().size());
  }

  private static String idOf(Review review, String symbol) {
    return review.trades().stream().filter(t -> t.symbol().equals(symbol)).findFirst().get().id();
  }
}
