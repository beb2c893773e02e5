package dev.keel.ui.margin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.model.Portfolio;
import dev.keel.model.market.Price;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The margin view-model without a window: what it shows, and when it works it out. */
class MarginViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());

  private static AccountRow account(MarginViewModel viewModel, String id) {
    return viewModel.accounts().stream()
        .filter(a -> a.figures().account().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + id));
  }

  private static PositionRow position(MarginViewModel viewModel, String account, String symbol) {
    return viewModel.positions().stream()
        .filter(p -> p.account().equals(account) && p.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + symbol + " in " + account));
  }

  @Test
  void aStockOrAnOption_hasNoLiquidationPriceOfItsOwn_shownAsADash() {
    MarginViewModel viewModel = new MarginViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.SAMPLES.resolve("margin-regt.json"));

    assertThat(position(viewModel, "ibkr-margin", "AAPL").liquidation()).isEqualTo("-");
    assertThat(position(viewModel, "ibkr-margin", "AAPL-20270115-C-250").liquidation())
        .isEqualTo("-");
  }

  @Test
  void open_marginBinance_showsTheAccountsAndContracts_asKeelMarginWritesThem() {
    MarginViewModel viewModel = new MarginViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.MARGIN_BINANCE);

    BookMargin expected = MarginCalculator.DEFAULT.compute(document.portfolio());
    assertThat(viewModel.marginProperty().get()).isEqualTo(expected);
    assertThat(viewModel.accounts())
        .extracting(a -> a.figures().account())
        .containsExactly("binance", "binance-isolated");
    AccountRow cross = account(viewModel, "binance");
    assertThat(cross.mode()).isEqualTo("cross");
    assertThat(cross.marginRatio()).isEqualTo("15.25%");
    assertThat(cross.shock()).isEqualTo("-4.05%");
    assertThat(cross.atLiquidation()).isFalse();
    assertThat(cross.account()).isEqualTo("binance");
    assertThat(account(viewModel, "binance-isolated").mode()).isEqualTo("isolated");
    assertThat(viewModel.positions()).hasSize(expected.positions().size());
    PositionRow btc = position(viewModel, "binance", "BTCUSDT");
    assertThat(btc.liquidation()).isEqualTo("85775.29");
    assertThat(btc.quantity()).isEqualTo("3");
    assertThat(btc.entry()).isEqualTo("95000");
    assertThat(btc.mark()).isEqualTo("91290.4");
    assertThat(position(viewModel, "binance-isolated", "ETHUSDT").liquidation())
        .isEqualTo("3381.023");
    assertThat(viewModel.warnings()).isEqualTo(expected.warnings());
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo(
            "Margin in USDT · 2 margin accounts · "
                + expected.positions().size()
                + " contracts · liquidation at a margin ratio of 100 %");
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void open_aBookWithoutMarginAccounts_showsItsAccountsAsCash_withNoRatioAndNoLiquidation() {
    MarginViewModel viewModel = new MarginViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.CRYPTO);

    assertThat(viewModel.accounts()).isNotEmpty();
    assertThat(viewModel.accounts())
        .allSatisfy(
            a -> {
              assertThat(a.mode()).isEqualTo("cash");
              assertThat(a.marginRatio()).isEqualTo("-");
              assertThat(a.shock()).isEqualTo("none");
              assertThat(a.atLiquidation()).isFalse();
            });
    assertThat(account(viewModel, "kraken-spot").leverage())
        .as("a cash account's gross over its equity")
        .isEqualTo("0.90x");
    assertThat(viewModel.positions()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).startsWith("No margin account");
  }

  @Test
  void edit_pricesThatSinkTheCrossAccount_marksItAtLiquidation_inWordsAndInTheSummary() {
    MarginViewModel viewModel = new MarginViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.MARGIN_BINANCE);

    document.edit(withBtcAt(document.portfolio(), "70000"), "BTC at 70000");

    AccountRow cross = account(viewModel, "binance");
    assertThat(cross.atLiquidation()).isTrue();
    assertThat(cross.account()).isEqualTo("binance  " + MarginTexts.AT_LIQUIDATION);
    assertThat(viewModel.summaryProperty().get()).endsWith("at or past liquidation: binance");
  }

  @Test
  void hidden_theMarginWaitsForTheView_andIsStaleUntilItComesForward() {
    ManualTaskRunner compute = new ManualTaskRunner();
    MarginViewModel viewModel = new MarginViewModel(document, compute);
    document.open(TestPortfolios.MARGIN_BINANCE);
    assertThat(compute.pending(Lane.COMPUTE)).as("not on the calling thread").isEqualTo(1);
    assertThat(viewModel.computingProperty().get()).isTrue();
    compute.runAll();
    BookMargin first = viewModel.marginProperty().get();
    assertThat(first).isNotNull();

    viewModel.shownProperty().set(false);
    document.edit(withBtcAt(document.portfolio(), "70000"), "BTC at 70000");
    assertThat(compute.pending()).as("nothing worked out behind the view").isZero();
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.marginProperty().get()).isSameAs(first);

    viewModel.shownProperty().set(true);
    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1);
    assertThat(viewModel.staleProperty().get()).as("while worked out again").isTrue();
    compute.runAll();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(account(viewModel, "binance").atLiquidation()).isTrue();
  }

  @Test
  void close_noPortfolio_showsNothing() {
    MarginViewModel viewModel = new MarginViewModel(document, new ImmediateTaskRunner());

    assertThat(viewModel.accounts()).isEmpty();
    assertThat(viewModel.positions()).isEmpty();
    assertThat(viewModel.warnings()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).isEmpty();
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  /** The book with BTC and its perpetual both marked at {@code price}. */
  private static Portfolio withBtcAt(Portfolio book, String price) {
    BigDecimal mark = new BigDecimal(price);
    return book.toBuilder()
        .market(
            book.market()
                .withPrice(new Price("BTC", mark, book.market().asOf()))
                .withPrice(new Price("BTCUSDT", mark, book.market().asOf())))
        .build();
  }
}
