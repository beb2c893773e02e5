package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.proposal.ProposalViewModel;
import dev.keel.ui.proposal.RebalanceSettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers between starts, without a window. */
class WorkstationViewModelTest {
  @TempDir Path folder;

  private WorkstationViewModel start() {
    return new WorkstationViewModel(
        new ImmediateTaskRunner(), new FakePrompts(), folder.resolve("prefs.json"));
  }

  @Test
  void theFirstStart_opensTheBundledSample() {
    WorkstationViewModel viewModel = start();

    viewModel.start(List.of());

    assertThat(viewModel.document().nameProperty().get())
        .isEqualTo(WorkstationViewModel.FIRST_SAMPLE);
    assertThat(viewModel.document().fileProperty().get()).isNull();
  }

  @Test
  void theHoldingsWeights_followTheRebalanceScope() {
    WorkstationViewModel viewModel = start();
    viewModel.document().open(TestPortfolios.DERIVATIVES);
    viewModel.holdings().accountProperty().set("deribit");
    assertThat(viewModel.holdings().weightsOfProperty().get())
        .isEqualTo("Weights of account deribit");

    viewModel.proposal().settings().scopeProperty().set(RebalanceSettings.Scope.HOUSEHOLD);

    assertThat(viewModel.holdings().weightsOfProperty().get())
        .isEqualTo("Weights of the household");
  }

  @Test
  void aLaterStart_reopensTheLastFile_andRemembersRecentFiles() throws Exception {
    Path crypto = folder.resolve("crypto.json");
    Path stocks = folder.resolve("stocks.json");
    Files.copy(TestPortfolios.CRYPTO, crypto);
    Files.copy(TestPortfolios.STOCKS, stocks);
    WorkstationViewModel first = start();
    first.start(List.of(crypto.toString()));
    first.document().open(stocks);
    first.close(new WorkstationPrefs.WindowBounds(10, 20, 1200, 800, false));

    WorkstationViewModel second = start();
    second.start(List.of());

    assertThat(second.document().fileProperty().get()).isEqualTo(stocks.toAbsolutePath());
    assertThat(second.recentFiles())
        .containsExactly(stocks.toAbsolutePath(), crypto.toAbsolutePath());
    assertThat(second.windowBounds())
        .isEqualTo(new WorkstationPrefs.WindowBounds(10, 20, 1200, 800, false));
  }

  @Test
  void aLastFileThatIsGone_fallsBackToTheSample_andARecentOneIsDropped() throws Exception {
    Path crypto = folder.resolve("crypto.json");
    Files.copy(TestPortfolios.CRYPTO, crypto);
    WorkstationViewModel first = start();
    first.start(List.of(crypto.toString()));
    Files.delete(crypto);

    WorkstationViewModel second = start();
    second.start(List.of());
    assertThat(second.document().nameProperty().get()).isEqualTo(WorkstationViewModel.FIRST_SAMPLE);

    second.openRecent(crypto.toAbsolutePath());
    assertThat(second.recentFiles()).isEmpty();
    assertThat(second.document().statusProperty().get())
        .isEqualTo(
            crypto.toAbsolutePath() + " is no longer there; it was taken off the recent files");
  }

  @Test
  void theThemeAndTheTradersRebalanceSettings_areRemembered_butNotABooksCashFlow() {
    WorkstationViewModel first = start();
    first.start(List.of());
    first.themeProperty().set(WorkstationPrefs.DARK);
    ProposalViewModel proposal = first.proposal();
    proposal.settings().triggerProperty().set(RebalanceSettings.Trigger.CALENDAR);
    proposal.settings().destinationProperty().set(RebalanceSettings.Destination.PARTIAL);
    proposal.settings().fractionProperty().set("30");
    proposal.settings().cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.DEPOSIT);
    proposal.settings().cashFlowAmountProperty().set("2500");
    proposal.settings().scopeProperty().set(RebalanceSettings.Scope.HOUSEHOLD);
    proposal.settings().maxTurnoverProperty().set("20");
    proposal
        .settings()
        .orderTypeProperty()
        .set(dev.keel.engine.rebalance.OrderTerms.OrderType.LIMIT);
    proposal.settings().limitOffsetProperty().set("25");
    first.close(new WorkstationPrefs.WindowBounds(0, 0, 1440, 900, true));

    WorkstationViewModel second = start();

    assertThat(second.themeProperty().get()).isEqualTo(WorkstationPrefs.DARK);
    ProposalViewModel restored = second.proposal();
    assertThat(restored.settings().triggerProperty().get())
        .isEqualTo(RebalanceSettings.Trigger.CALENDAR);
    assertThat(restored.settings().destinationProperty().get())
        .isEqualTo(RebalanceSettings.Destination.PARTIAL);
    assertThat(restored.settings().fractionProperty().get()).isEqualTo("30");
    // the deposit was the bundled sample's own: it goes to no other book (BookSettingsFlowTest)
    assertThat(restored.settings().cashFlowProperty().get())
        .isEqualTo(RebalanceSettingsViewModel.CashFlow.NONE);
    assertThat(restored.settings().cashFlowAmountProperty().get()).isEmpty();
    assertThat(restored.settings().scopeProperty().get())
        .isEqualTo(RebalanceSettings.Scope.HOUSEHOLD);
    assertThat(restored.settings().maxTurnoverProperty().get()).isEqualTo("20");
    assertThat(restored.settings().orderTypeProperty().get())
        .isEqualTo(dev.keel.engine.rebalance.OrderTerms.OrderType.LIMIT);
    assertThat(restored.settings().limitOffsetProperty().get()).isEqualTo("25");
  }

  @Test
  void anOpen_isNotBlockedBehindARunningComputation() throws Exception {
    ManualTaskRunner runner = new ManualTaskRunner();
    WorkstationViewModel viewModel =
        new WorkstationViewModel(runner, new FakePrompts(), folder.resolve("prefs.json"));
    viewModel.start(List.of(TestPortfolios.CRYPTO.toString()));
    runner.runAll();
    viewModel
        .proposal()
        .settings()
        .destinationProperty()
        .set(RebalanceSettings.Destination.BAND_EDGE);
    assertThat(viewModel.proposal().computingProperty().get()).isTrue();

    viewModel.document().open(TestPortfolios.STOCKS);
    runner.runAll(Lane.FILES); // the computation has not even started

    assertThat(viewModel.document().nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(viewModel.document().busyProperty().get()).isFalse();
    // the new book's drift and proposal wait on the compute lane; until then both are stale
    assertThat(runner.pending(Lane.COMPUTE)).isPositive();
    assertThat(viewModel.holdings().staleProperty().get()).isTrue();
    assertThat(viewModel.proposal().staleProperty().get()).isTrue();
    runner.runAll(Lane.COMPUTE);
    assertThat(viewModel.holdings().staleProperty().get()).isFalse();
    assertThat(viewModel.holdings().accounts()).containsExactly("All", "taxable", "ira");
    assertThat(viewModel.proposal().staleProperty().get()).isFalse();
    assertThat(viewModel.proposal().reviewProperty().get().proposal().settings().destination())
        .isEqualTo(RebalanceSettings.Destination.BAND_EDGE);
  }
}
