package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.CashHolding;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.Restriction;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holdings view-model without a window: drift, filters and in-place edits. */
class HoldingsViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());
  private final HoldingsViewModel viewModel =
      new HoldingsViewModel(document, new ImmediateTaskRunner());

  private DriftRow row(String key) {
    return viewModel.reportProperty().get().rows().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void open_crypto_showsEveryLineAndTheBreaches() {
    document.open(TestPortfolios.CRYPTO);

    assertThat(viewModel.rows())
        .extracting(DriftRow::key)
        .containsExactly("core", "BTC", "ETH", "alts", "SOL", "stable", "USDC", "USD");
    // 106,544.97 (core) + 25,615.80 (alts) + 11,997.60 (stable) + 3,500.00 cash
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("Total 147,658.37 USD (cash 3,500.00) · 4 positions, 5 band(s) breached");
    assertThat(viewModel.targetCheckProperty().get()).isEmpty();
    assertThat(viewModel.accounts()).containsExactly("All", "kraken-spot");
  }

  @Test
  void filters_keepMatchingInstrumentsWithTheirClasses() {
    document.open(TestPortfolios.STOCKS);
    viewModel.scopeProperty().set(Scope.HOUSEHOLD); // household weights, filtered to what ira holds

    viewModel.accountProperty().set("ira");
    assertThat(viewModel.rows())
        .filteredOn(r -> r.kind() == RowKind.INSTRUMENT)
        .extracting(DriftRow::key)
        .containsExactly("SPY", "MMC", "CPB", "MO");

    viewModel.accountProperty().set(HoldingsViewModel.ALL);
    viewModel.assetClassProperty().set("Sector picks");
    assertThat(viewModel.rows())
        .extracting(DriftRow::key)
        .containsExactly(
            "equity", "sectors", "financials", "JPM", "MMC", "consumer", "AMZN", "TGT");

    viewModel.assetClassProperty().set(HoldingsViewModel.ALL);
    viewModel.searchProperty().set("campbell");
    assertThat(viewModel.rows()).extracting(DriftRow::key).containsExactly("income", "CPB");

    viewModel.searchProperty().set("");
    assertThat(viewModel.rows()).hasSize(viewModel.reportProperty().get().rows().size());
  }

  @Test
  void editWeight_appliesAnUndoableEdit_andShowsWhatIsLeftToAssign() {
    document.open(TestPortfolios.CRYPTO);
    assertThat(viewModel.edits().weightText(row("BTC"))).isEqualTo("60 %");

    assertThat(viewModel.edits().editWeight(row("BTC"), "55%")).isEmpty();

    assertThat(document.portfolio().targets().instrumentWeight("BTC"))
        .contains(new java.math.BigDecimal("0.55"));
    assertThat(viewModel.targetCheckProperty().get())
        .isEqualTo("Targets do not add up: Core coins has 5.00 % left to assign");
    assertThat(document.statusProperty().get()).isEqualTo("target of BTC set to 55 %");

    document.undo();
    assertThat(viewModel.edits().weightText(row("BTC"))).isEqualTo("60 %");
    assertThat(viewModel.targetCheckProperty().get()).isEmpty();
  }

  @Test
  void editWeight_refusesBadTextWithTheReason_andChangesNothing() {
    document.open(TestPortfolios.CRYPTO);
    var before = document.portfolio();

    assertThat(viewModel.edits().editWeight(row("BTC"), "lots"))
        .contains("'lots' is not a percentage: type a number such as 12.5");
    assertThat(viewModel.edits().editWeight(row("BTC"), "120"))
        .contains("a weight is between 0 and 100 %");
    assertThat(document.portfolio()).isSameAs(before);
    assertThat(document.history().canUndoProperty().get()).isFalse();
  }

  @Test
  void editBand_setsAndClearsARowsOwnBand() {
    document.open(TestPortfolios.STOCKS);

    assertThat(viewModel.edits().editBand(row("SPY"), "2/10")).isEmpty();
    assertThat(viewModel.edits().bandText(row("SPY"))).isEqualTo("2/10");
    assertThat(document.portfolio().bands().instruments().get("SPY").absolute())
        .isEqualByComparingTo("0.02");

    assertThat(viewModel.edits().editBand(row("SPY"), "")).isEmpty();
    assertThat(document.portfolio().bands().instruments()).doesNotContainKey("SPY");

    assertThat(viewModel.edits().editBand(row("SPY"), "5/25/1")).isPresent();
  }

  @Test
  void editRestriction_marksAnInstrument() {
    document.open(TestPortfolios.STOCKS);

    assertThat(viewModel.edits().editRestriction(row("SPY"), Restriction.NO_SELL)).isEmpty();
    assertThat(viewModel.edits().restriction(row("SPY"))).isEqualTo(Restriction.NO_SELL);
    assertThat(document.statusProperty().get()).isEqualTo("SPY marked no-sell");

    assertThat(viewModel.edits().editRestriction(row("equity"), Restriction.NO_BUY))
        .contains("only instruments can be restricted");
  }

  @Test
  void typedTextIsCheckedBeforeItIsApplied() {
    assertThat(viewModel.edits().checkWeight("12.5")).isEmpty();
    assertThat(viewModel.edits().checkWeight("12.5.1")).isPresent();
    assertThat(viewModel.edits().checkBand("5/25")).isEmpty();
    assertThat(viewModel.edits().checkBand("five")).isPresent();
  }

  @Test
  void derivatives_areListedBesideTheAllocation() {
    document.open(TestPortfolios.DERIVATIVES);

    assertThat(viewModel.derivatives()).hasSize(5);
    assertThat(viewModel.rows())
        .noneMatch(r -> viewModel.derivatives().stream().anyMatch(d -> d.symbol().equals(r.key())));

    document.open(TestPortfolios.CRYPTO);
    assertThat(viewModel.derivatives()).isEmpty();
  }

  @Test
  void drift_isWorkedOutOnTheComputeLane_andTheHoldingsAreMarkedStaleUntilItArrives() {
    ManualTaskRunner compute = new ManualTaskRunner();
    HoldingsViewModel slow = new HoldingsViewModel(document, compute);
    document.open(TestPortfolios.CRYPTO);
    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1);
    assertThat(slow.reportProperty().get()).isNull();
    assertThat(slow.computingProperty().get()).isTrue();
    assertThat(slow.staleProperty().get()).isFalse(); // nothing shown yet, so nothing stale
    compute.runAll();
    var before = slow.reportProperty().get();
    var rowsBefore = List.copyOf(slow.rows());
    var btcBefore = rowOf(slow, "BTC").targetWeight();

    slow.edits().editWeight(rowOf(slow, "BTC"), "55");

    assertThat(slow.staleProperty().get()).isTrue();
    assertThat(slow.reportProperty().get()).isSameAs(before); // marked, not replaced
    assertThat(slow.rows()).isEqualTo(rowsBefore);
    assertThat(slow.targetCheckProperty().get()) // the sums are checked at once
        .isEqualTo("Targets do not add up: Core coins has 5.00 % left to assign");
    compute.runAll();

    assertThat(slow.staleProperty().get()).isFalse();
    // the same drift as worked out at once, and not the one before the edit
    assertThat(slow.reportProperty().get()).isEqualTo(viewModel.reportProperty().get());
    assertThat(rowOf(slow, "BTC").targetWeight()).isNotEqualByComparingTo(btcBefore);
  }

  @Test
  void aLateDriftOfAnOlderEdit_isDropped() {
    ManualTaskRunner compute = new ManualTaskRunner();
    HoldingsViewModel slow = new HoldingsViewModel(document, compute);
    document.open(TestPortfolios.CRYPTO);
    compute.runAll();

    slow.edits().editWeight(rowOf(slow, "BTC"), "55");
    slow.edits().editWeight(rowOf(slow, "BTC"), "50");
    compute.runLast(); // the newer edit's drift arrives first
    var latest = slow.reportProperty().get();
    compute.runAll(); // the older one, cancelled, comes late

    assertThat(compute.cancelled()).isEqualTo(1);
    assertThat(slow.reportProperty().get()).isSameAs(latest);
    assertThat(latest).isEqualTo(viewModel.reportProperty().get()); // the drift of BTC at 50 %
    assertThat(slow.staleProperty().get()).isFalse();
  }

  @Test
  void anAccountChosenInAccountScope_showsItsOwnWeights_andHouseholdScopeTheHouseholds() {
    document.open(TestPortfolios.DERIVATIVES);
    assertThat(viewModel.weightsOfProperty().get()).isEqualTo("Weights of the household");
    assertThat(row("BTC").targetWeight()).isEqualByComparingTo("0.35");

    viewModel.accountProperty().set("deribit"); // account scope is the default

    assertThat(viewModel.weightsOfProperty().get()).isEqualTo("Weights of account deribit");
    // on the delta basis the short perpetual counts: BTC is under its target, not 80.5 % over
    assertThat(Formats.percent(row("BTC").currentWeight())).isEqualTo("47.45 %");
    assertThat(row("BTC").targetWeight()).isEqualByComparingTo("0.665");
    assertThat(viewModel.rows())
        .extracting(DriftRow::key)
        .containsExactly("crypto", "BTC", "stable", "USDC", "USD");
    assertThat(viewModel.summaryProperty().get())
        .startsWith(
            "Account deribit: equity 134,539.75 USD, delta weights (cash 1,500.00)"
                + " · 3 positions");
    assertThat(viewModel.cash()).extracting(CashHolding::account).containsExactly("deribit");

    viewModel.scopeProperty().set(Scope.HOUSEHOLD);

    assertThat(viewModel.weightsOfProperty().get()).isEqualTo("Weights of the household");
    assertThat(row("BTC").targetWeight()).isEqualByComparingTo("0.35");
    assertThat(viewModel.rows()) // the household's rows of what deribit holds
        .extracting(DriftRow::key)
        .containsExactly("crypto", "BTC", "stable", "USDC");
    assertThat(viewModel.summaryProperty().get()).startsWith("Equity ");
    assertThat(viewModel.cash()).hasSize(3);

    viewModel.scopeProperty().set(Scope.ACCOUNT);
    viewModel.accountProperty().set(HoldingsViewModel.ALL);
    assertThat(viewModel.weightsOfProperty().get()).isEqualTo("Weights of the household");
  }

  @Test
  void anAccountsWeights_areWorkedOutOnTheComputeLane_andMarkedStaleUntilThen() {
    ManualTaskRunner compute = new ManualTaskRunner();
    HoldingsViewModel slow = new HoldingsViewModel(document, compute);
    document.open(TestPortfolios.DERIVATIVES);
    compute.runAll();

    slow.accountProperty().set("ibkr-margin");

    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1); // not on the calling thread
    assertThat(slow.staleProperty().get()).isTrue();
    assertThat(slow.weightsOfProperty().get()).isEqualTo("Weights of the household");
    slow.accountProperty().set(HoldingsViewModel.ALL); // back before it arrived
    compute.runAll();
    assertThat(slow.weightsOfProperty().get()).isEqualTo("Weights of the household");
    assertThat(slow.reportProperty().get().isOfAccount()).isFalse();

    slow.accountProperty().set("ibkr-margin");
    compute.runAll();
    assertThat(slow.staleProperty().get()).isFalse();
    assertThat(slow.weightsOfProperty().get()).isEqualTo("Weights of account ibkr-margin");
    assertThat(rowOf(slow, "SPY").targetWeight()).isEqualByComparingTo("0.95");
    assertThat(slow.cash())
        .extracting(c -> c.currency() + (c.isLoan() ? " loan" : ""))
        .containsExactly("EUR loan", "USD");
  }

  private static DriftRow rowOf(HoldingsViewModel holdings, String key) {
    return holdings.reportProperty().get().rows().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anotherBook_isFilteredOnce_asItsFiltersChoicesAreReplaced() {
    document.open(TestPortfolios.STOCKS);
    viewModel.accountProperty().set("ira"); // an account the next book does not have
    int[] changes = {0};
    viewModel
        .rows()
        .addListener((javafx.collections.ListChangeListener<DriftRow>) c -> changes[0]++);

    document.open(TestPortfolios.CRYPTO);

    assertThat(viewModel.accountProperty().get()).isEqualTo(HoldingsViewModel.ALL);
    assertThat(viewModel.rows()).extracting(DriftRow::key).contains("BTC", "USDC");
    // each change of the lines is a tree of every line built on the JavaFX thread
    assertThat(changes[0]).as("the lines replaced once").isEqualTo(1);
  }
}
