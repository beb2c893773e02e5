package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftRow;
import org.junit.jupiter.api.Test;

/** The view-model without a window. */
class HoldingsViewModelTest {
  private final HoldingsViewModel viewModel = new HoldingsViewModel();

  @Test
  void open_crypto_showsEveryLineAndTheBreaches() {
    viewModel.open(TestPortfolios.CRYPTO);

    assertThat(viewModel.rows())
        .extracting(DriftRow::key)
        .containsExactly("core", "BTC", "ETH", "alts", "SOL", "stable", "USDC", "USD");
    assertThat(viewModel.titleProperty().get()).isEqualTo("crypto-spot.json - Keel");
    assertThat(viewModel.statusProperty().get())
        .contains("4 positions")
        .contains("5 band(s) breached");
    assertThat(viewModel.problems()).isEmpty();
  }

  @Test
  void openSample_readsTheBundledCopy() {
    viewModel.openSample("stocks-two-accounts.json");

    assertThat(viewModel.portfolioProperty().get())
        .isEqualTo(TestPortfolios.read(TestPortfolios.STOCKS));
  }

  @Test
  void open_invalidFile_listsProblemsAndKeepsTheCurrentPortfolio() {
    viewModel.open(TestPortfolios.CRYPTO);
    var before = viewModel.portfolioProperty().get();

    viewModel.open(TestPortfolios.SAMPLES.resolve("bad/unknown-field.json"));

    assertThat(viewModel.portfolioProperty().get()).isSameAs(before);
    assertThat(viewModel.rows()).hasSize(8);
    assertThat(viewModel.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("25:7", "67:3");
    assertThat(viewModel.statusProperty().get())
        .contains("Could not open unknown-field.json")
        .contains("the current portfolio stays open");
    assertThat(viewModel.titleProperty().get()).isEqualTo("crypto-spot.json - Keel");
  }
}
