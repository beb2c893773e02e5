package dev.keel.ui.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.TestPortfolios;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioParser;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Review;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.proposal.ProposalViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stress view-model without a window: its figures are the stress calculator's, in the order
 * {@code keel stress} lists them, and it follows the sets, the scenario of one's own, the proposal
 * and whether the view is shown.
 */
class StressViewModelTest {
  private static final String OWN = "BTC=-30%,ETH=-40%,vol=+20,days=1";

  private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
  private final DocumentViewModel document = new DocumentViewModel(runner, new FakePrompts());
  private final ProposalViewModel proposal = new ProposalViewModel(document, runner);

  private static BookStress expected(Portfolio book, List<ScenarioSets> sets, String... own) {
    List<Scenario> scenarios = new ArrayList<>(StressCalculator.DEFAULT.scenarios(book, sets));
    for (String text : own) {
      scenarios.add(ScenarioParser.parse(text));
    }
    return StressCalculator.DEFAULT.run(book, scenarios);
  }

  private static AccountSummaryRow account(StressViewModel viewModel, String id) {
    return viewModel.accounts().stream()
        .filter(a -> a.account().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + id));
  }

  private static ScenarioRow scenario(StressViewModel viewModel, String name) {
    return viewModel.scenarios().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario " + name));
  }

  @Test
  void open_marginBinance_runsSpanAndCrash_asKeelStressDoes_theBooksWorstFirst() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);

    document.open(TestPortfolios.MARGIN_BINANCE);

    BookStress expected =
        expected(document.portfolio(), List.of(ScenarioSets.SPAN, ScenarioSets.CRASH));
    assertThat(viewModel.before()).isEqualTo(expected);
    assertThat(viewModel.scenarios()).hasSize(24);
    assertThat(viewModel.scenarios())
        .extracting(ScenarioRow::weightedPnl)
        .isSortedAccordingTo(Comparator.naturalOrder());
    ScenarioRow worst = viewModel.scenarios().get(0);
    assertThat(worst.name()).isEqualTo(expected.worstScenario()).isEqualTo("crash -66 %, vol up");
    assertThat(worst.book().text()).isEqualTo("-261682.54 · 1 LIQ");
    assertThat(worst.account(0, false).text()).isEqualTo("-271983.49 · LIQ");
    assertThat(worst.account(0, false).band()).isEqualTo(LossBand.SEVERE);
    assertThat(worst.account(1, false).text()).isEqualTo("10300.95 · 0.23%");
    assertThat(worst.account(1, false).band()).isEqualTo(LossBand.GAIN);
    // SPAN's extreme moves count at 35 %: -2 ranges is the fifth worst, not the second
    assertThat(viewModel.scenarios().get(4).name()).isEqualTo("span 16: price -2 ranges, at 35 %");
    assertThat(viewModel.scenarios().get(4).weight()).isEqualTo("35%");
    ScenarioRow unchanged = scenario(viewModel, "span 1: price unchanged, vol up");
    assertThat(unchanged.account(0, false).text()).isEqualTo("0.00 · 15.25%");
    assertThat(unchanged.account(0, false).band()).isEqualTo(LossBand.FLAT);

    AccountSummaryRow cross = account(viewModel, "binance");
    assertThat(cross.mode()).isEqualTo("cross");
    assertThat(cross.equity(false)).isEqualTo("24095.80");
    assertThat(cross.marginRatio(false)).isEqualTo("15.25%");
    assertThat(cross.worstScenario(false)).isEqualTo("crash -66 %, vol up");
    assertThat(cross.worstPnl(false)).isEqualTo("-271983.49");
    assertThat(cross.liquidatedIn(false)).isEqualTo("9 of 24");
    AccountSummaryRow isolated = account(viewModel, "binance-isolated");
    assertThat(isolated.worstScenario(false)).isEqualTo("crash +500 %, vol up");
    assertThat(isolated.liquidatedIn(false)).isEqualTo("13 of 24");
    assertThat(viewModel.accountIdsProperty().get()).containsExactly("binance", "binance-isolated");
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo(
            "Stress in USDT, market of 2026-11-20T16:00:00Z · 24 scenarios (span, crash) · the"
                + " book's worst: crash -66 %, vol up, -261682.54 · an account liquidated in 22 of"
                + " 24");
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void sets_toggled_runWhatIsTicked_andNothingWhenNoneIs() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);

    viewModel.setChosenProperty(ScenarioSets.CRASH).set(false);
    viewModel.setChosenProperty(ScenarioSets.CRYPTO_PM).set(true);

    List<ScenarioSets> ticked = List.of(ScenarioSets.SPAN, ScenarioSets.CRYPTO_PM);
    assertThat(viewModel.before()).isEqualTo(expected(document.portfolio(), ticked));
    assertThat(viewModel.scenarios()).hasSize(16 + 27);
    assertThat(viewModel.scenarios()).noneMatch(r -> r.scenario().set().equals("crash"));

    viewModel.setChosenProperty(ScenarioSets.SPAN).set(false);
    viewModel.setChosenProperty(ScenarioSets.CRYPTO_PM).set(false);

    assertThat(viewModel.scenarios()).isEmpty();
    assertThat(viewModel.accounts()).isEmpty();
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("No scenario to run: tick a set or write a scenario of your own");

    viewModel.setChosenProperty(ScenarioSets.TIMS).set(true);
    assertThat(viewModel.scenarios()).hasSize(10);
  }

  @Test
  void applyScenario_ofOnesOwn_isRunBesideTheSets() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);

    viewModel.scenarioTextProperty().set(OWN);
    viewModel.applyScenario();

    assertThat(viewModel.scenarioErrorProperty().get()).isEmpty();
    assertThat(viewModel.before())
        .isEqualTo(
            expected(document.portfolio(), List.of(ScenarioSets.SPAN, ScenarioSets.CRASH), OWN));
    ScenarioRow own = scenario(viewModel, OWN);
    assertThat(own.scenario().set()).isEqualTo("user");
    assertThat(own.description()).contains("BTC -30.00%").contains("+20 pts").contains("1");
    assertThat(viewModel.summaryProperty().get()).contains("25 scenarios (span, crash, your own)");

    viewModel.scenarioTextProperty().set("");
    viewModel.applyScenario();
    assertThat(viewModel.scenarios()).hasSize(24);
  }

  @Test
  void applyScenario_thatDoesNotRead_saysWhy_andRunsTheSetsWithoutIt() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);
    String typed = "BTC=-30,days=1";

    viewModel.scenarioTextProperty().set(typed);
    viewModel.applyScenario();

    assertThatThrownBy(() -> ScenarioParser.parse(typed))
        .hasMessage(viewModel.scenarioErrorProperty().get());
    assertThat(viewModel.scenarioErrorProperty().get())
        .isEqualTo("scenario item \"BTC=-30\": write the move as a percentage, such as BTC=-30%");
    assertThat(viewModel.scenarios()).hasSize(24);
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void applyScenario_namingWhatTheBookDoesNotHold_saysWhatItHolds_andRunsTheSets() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);

    viewModel.scenarioTextProperty().set("DOGE=-50%");
    viewModel.applyScenario();

    assertThatThrownBy(
            () ->
                StressCalculator.DEFAULT.run(
                    document.portfolio(), List.of(ScenarioParser.parse("DOGE=-50%"))))
        .hasMessage(viewModel.scenarioErrorProperty().get());
    assertThat(viewModel.scenarioErrorProperty().get())
        .startsWith("scenario \"DOGE=-50%\": DOGE is neither an underlying the book holds")
        .contains("its underlyings: BTC, ETH, SOL");
    assertThat(viewModel.scenarios()).hasSize(24);

    viewModel.scenarioTextProperty().set("crypto=-5%");
    viewModel.applyScenario();
    assertThat(viewModel.scenarioErrorProperty().get()).isEmpty();
    assertThat(scenario(viewModel, "crypto=-5%").account(0, false).text())
        .isEqualTo("-20604.81 · LIQ");
  }

  @Test
  void approvedTrades_showTheBookAfterThemBeside_asTheEngineMakesIt() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);
    assertThat(viewModel.afterShownProperty().get()).isFalse();
    assertThat(viewModel.afterNoteProperty().get())
        .startsWith("Before the proposal only: no trade of the proposal is approved");

    proposal.approveAll();

    Review review = proposal.reviewProperty().get();
    Portfolio after =
        Outcome.apply(
            review.proposal().portfolio(), review.approvedTrades(), review.proposal().cashFlows());
    List<ScenarioSets> sets = List.of(ScenarioSets.SPAN, ScenarioSets.CRASH);
    assertThat(viewModel.afterShownProperty().get()).isTrue();
    assertThat(viewModel.after()).isEqualTo(expected(after, sets));
    assertThat(viewModel.before()).isEqualTo(expected(document.portfolio(), sets));
    int trades = review.trades().size();
    assertThat(viewModel.afterNoteProperty().get())
        .startsWith(
            "After the proposal's approved trades ("
                + trades
                + " of "
                + trades
                + "), its cash flows settled: the book's worst: crash -66 %, vol up, ");
    for (ScenarioRow row : viewModel.scenarios()) {
      assertThat(row.after().scenario().name()).isEqualTo(row.name());
      assertThat(row.account(0, true).figures().account()).isEqualTo("binance");
    }
    assertThat(account(viewModel, "binance").equity(true))
        .isEqualTo(StressTexts.money(viewModel.after().accounts().get(0).equity()));
    // the guarded proposal halves the isolated short: its own margin ratio falls
    assertThat(account(viewModel, "binance-isolated").marginRatio(true)).isEqualTo("2.30%");
    assertThat(account(viewModel, "binance-isolated").marginRatio(false)).isEqualTo("6.21%");
    assertThat(account(viewModel, "binance").marginRatio(true)).isEqualTo("7.24%");
    assertThat(viewModel.warnings())
        .noneMatch(w -> w.startsWith("After the proposal") && w.contains("at or past liquidation"));

    proposal.rejectAll();

    assertThat(viewModel.afterShownProperty().get()).isFalse();
    assertThat(viewModel.after()).isNull();
    assertThat(viewModel.scenarios()).allMatch(r -> r.after() == null);
  }

  @Test
  void aChangeOfTheReviewAlone_revaluesOnlyTheBookAfterIt() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);
    BookStress before = viewModel.before();

    proposal.approveAll();

    assertThat(viewModel.before()).as("the same figures, not worked out again").isSameAs(before);
  }

  @Test
  void theProposalBeingWorkedOut_isWaitedFor_thenBothSidesAreRun() {
    ManualTaskRunner manual = new ManualTaskRunner();
    DocumentViewModel slowDocument = new DocumentViewModel(manual, new FakePrompts());
    ProposalViewModel slowProposal = new ProposalViewModel(slowDocument, manual);
    StressViewModel viewModel = new StressViewModel(slowDocument, slowProposal, manual);
    slowDocument.open(TestPortfolios.MARGIN_BINANCE);
    manual.runAll(Lane.FILES);

    assertThat(slowProposal.computingProperty().get()).isTrue();
    assertThat(manual.pending(Lane.COMPUTE)).as("the proposal only").isEqualTo(1);
    assertThat(viewModel.workingProperty().get()).isTrue();

    manual.runNext(Lane.COMPUTE);

    assertThat(manual.pending(Lane.COMPUTE)).as("now the stress").isEqualTo(1);
    manual.runAll();
    assertThat(viewModel.workingProperty().get()).isFalse();
    assertThat(viewModel.scenarios()).hasSize(24);
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void hidden_theScenariosWaitForTheView_andAreStaleUntilItComesForward() {
    ManualTaskRunner compute = new ManualTaskRunner();
    StressViewModel viewModel = new StressViewModel(document, proposal, compute);
    document.open(TestPortfolios.MARGIN_BINANCE);
    assertThat(compute.pending(Lane.COMPUTE)).as("not on the calling thread").isEqualTo(1);
    compute.runAll();
    BookStress first = viewModel.before();

    viewModel.shownProperty().set(false);
    viewModel.setChosenProperty(ScenarioSets.TIMS).set(true);
    assertThat(compute.pending()).as("nothing worked out behind the view").isZero();
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.before()).isSameAs(first);

    viewModel.shownProperty().set(true);
    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1);
    assertThat(viewModel.staleProperty().get()).as("while worked out again").isTrue();
    compute.runAll();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.scenarios()).hasSize(34);
  }

  @Test
  void open_derivativesBook_repricesItsOptions_cashAccountsShowTheirPnlAlone() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);

    document.open(TestPortfolios.DERIVATIVES);

    assertThat(viewModel.before())
        .isEqualTo(expected(document.portfolio(), List.of(ScenarioSets.SPAN, ScenarioSets.CRASH)));
    ScenarioRow worst = viewModel.scenarios().get(0);
    assertThat(worst.name()).isEqualTo("crash -66 %, vol up");
    assertThat(worst.account(1, false).text()).isEqualTo("-169797.97");
    assertThat(worst.account(1, false).band()).as("83 % of 204855.60").isEqualTo(LossBand.SEVERE);
    assertThat(worst.account(0, false).text()).isEqualTo("-42137.54");
    assertThat(worst.account(0, false).band()).as("31 % of 134539.75").isEqualTo(LossBand.HEAVY);
    // vol alone moves only the options: the ibkr account holds them
    assertThat(scenario(viewModel, "span 2: price unchanged, vol down").account(1, false).text())
        .isEqualTo("-284.95");
    AccountSummaryRow ibkr = account(viewModel, "ibkr-margin");
    assertThat(ibkr.mode()).isEqualTo("cash");
    assertThat(ibkr.marginRatio(false)).isEqualTo("-");
    assertThat(ibkr.liquidatedIn(false)).isEqualTo("0 of 24");
    assertThat(viewModel.warnings()).isEqualTo(viewModel.before().warnings());
    assertThat(viewModel.summaryProperty().get()).endsWith("no account liquidated");
  }

  @Test
  void close_noPortfolio_showsNothing() {
    StressViewModel viewModel = new StressViewModel(document, proposal, runner);

    assertThat(viewModel.scenarios()).isEmpty();
    assertThat(viewModel.accounts()).isEmpty();
    assertThat(viewModel.warnings()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).isEmpty();
    assertThat(viewModel.staleProperty().get()).isFalse();
  }
}
