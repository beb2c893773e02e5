package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.proposal.BookSettings;
import dev.keel.ui.proposal.RebalanceSettingsViewModel;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.CashFlow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book's own rebalance settings (cash flow, its account, mode) stay with that book. */
class BookSettingsFlowTest {
  private static final String CRYPTO_RESTORED =
      "Settings of this book restored: deposit 25,000.00 USD into kraken-spot, mode buy only";
  private static final String NONE_REMEMBERED =
      "Cash flow and mode reset for this book: none were remembered for its file";

  @TempDir Path folder;
  private Path crypto;
  private Path stocks;
  private Path prefs;
  private final FakePrompts prompts = new FakePrompts();

  @BeforeEach
  void copySamples() throws Exception {
    crypto = folder.resolve("crypto-spot.json");
    stocks = folder.resolve("stocks-two-accounts.json");
    Files.copy(TestPortfolios.CRYPTO, crypto);
    Files.copy(TestPortfolios.STOCKS, stocks);
    prefs = folder.resolve("prefs.json");
  }

  private WorkstationViewModel start(Path file) {
    WorkstationViewModel viewModel =
        new WorkstationViewModel(new ImmediateTaskRunner(), prompts, prefs);
    viewModel.start(List.of(file.toString()));
    return viewModel;
  }

  private static void deposit25000(RebalanceSettingsViewModel settings) {
    settings.cashFlowProperty().set(CashFlow.DEPOSIT);
    settings.cashFlowAmountProperty().set("25000");
    settings.modeProperty().set(Mode.BUY_ONLY);
  }

  private static RebalanceSettings used(WorkstationViewModel viewModel) {
    return viewModel.proposal().reviewProperty().get().proposal().settings();
  }

  @Test
  void aDepositOnTheCryptoBook_isNotAppliedToTheStockBook_andComesBackWithTheCryptoBook() {
    WorkstationViewModel viewModel = start(crypto);
    RebalanceSettingsViewModel settings = viewModel.proposal().settings();
    deposit25000(settings);
    assertThat(used(viewModel).cashFlow()).isEqualByComparingTo("25000");
    assertThat(settings.bookNoteProperty().get()).as("changed by the user").isEmpty();

    viewModel.document().open(stocks);

    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.NONE, "", "taxable", Mode.BUY_SELL));
    assertThat(used(viewModel).cashFlow()).isZero();
    assertThat(used(viewModel).cashFlowAccount()).isNull();
    assertThat(used(viewModel).mode()).isEqualTo(Mode.BUY_SELL);
    assertThat(settings.bookNoteProperty().get()).isEqualTo(NONE_REMEMBERED);

    viewModel.document().open(crypto);

    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.DEPOSIT, "25000", "kraken-spot", Mode.BUY_ONLY));
    assertThat(used(viewModel).cashFlow()).isEqualByComparingTo("25000");
    assertThat(used(viewModel).cashFlowAccount()).isEqualTo("kraken-spot");
    assertThat(used(viewModel).mode()).isEqualTo(Mode.BUY_ONLY);
    assertThat(settings.bookNoteProperty().get()).isEqualTo(CRYPTO_RESTORED);
  }

  @Test
  void aBooksSettings_areRestoredOnALaterStart_andTheTradersStayGlobal() {
    WorkstationViewModel first = start(crypto);
    deposit25000(first.proposal().settings());
    first.proposal().settings().maxTurnoverProperty().set("20");
    first.document().open(stocks);
    first.proposal().settings().cashFlowProperty().set(CashFlow.WITHDRAW);
    first.proposal().settings().cashFlowAmountProperty().set("1000");
    first.proposal().settings().cashFlowAccountProperty().set("ira");
    first.close(new WorkstationPrefs.WindowBounds(0, 0, 1440, 900, false));

    WorkstationViewModel second = start(stocks);

    RebalanceSettingsViewModel settings = second.proposal().settings();
    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.WITHDRAW, "1000", "ira", Mode.BUY_SELL));
    assertThat(settings.bookNoteProperty().get())
        .isEqualTo(
            "Settings of this book restored: withdrawal 1,000.00 USD from ira, mode buy sell");
    assertThat(settings.maxTurnoverProperty().get()).isEqualTo("20");
    second.document().open(crypto);
    assertThat(settings.bookNoteProperty().get()).isEqualTo(CRYPTO_RESTORED);
    assertThat(settings.maxTurnoverProperty().get()).isEqualTo("20");
  }

  @Test
  void aRememberedAccountTheBookNoLongerHas_isResetAndSaidSo_neverSwitched() throws Exception {
    WorkstationViewModel viewModel = start(stocks);
    RebalanceSettingsViewModel settings = viewModel.proposal().settings();
    settings.cashFlowProperty().set(CashFlow.DEPOSIT);
    settings.cashFlowAmountProperty().set("5000");
    settings.cashFlowAccountProperty().set("ira");
    settings.modeProperty().set(Mode.BUY_ONLY);
    viewModel.document().open(crypto);
    // the account is renamed in the file meanwhile
    String text = Files.readString(stocks, StandardCharsets.UTF_8);
    Files.writeString(stocks, text.replace("\"ira\"", "\"roth\""), StandardCharsets.UTF_8);

    viewModel.document().open(stocks);

    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.NONE, "", "taxable", Mode.BUY_ONLY));
    assertThat(used(viewModel).cashFlow()).isZero();
    assertThat(settings.bookNoteProperty().get())
        .isEqualTo(
            "Settings of this book restored: mode buy only; its deposit 5,000.00 USD into ira"
                + " was reset, as this book has no account ira: set the cash flow again");
  }

  @Test
  void aSampleWithoutAFile_startsWithoutTheCashFlow_andSaysWhy() {
    WorkstationViewModel viewModel = start(crypto);
    deposit25000(viewModel.proposal().settings());

    viewModel.document().openSample("crypto-spot.json"); // the same content, but no file

    RebalanceSettingsViewModel settings = viewModel.proposal().settings();
    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.NONE, "", "kraken-spot", Mode.BUY_SELL));
    assertThat(used(viewModel).cashFlow()).isZero();
    assertThat(settings.bookNoteProperty().get())
        .isEqualTo(
            "Cash flow and mode reset for this book: it has no file to remember them by"
                + " (Save as keeps them with one)");
  }

  @Test
  void anOldPrefsFile_keepsTheTradersSettings_andGivesNoBookItsCashFlow() throws Exception {
    Files.writeString(
        prefs,
        """
        {"version": 1, "recentFiles": [], "theme": "light",
         "rebalanceSettings": {"trigger": "CALENDAR", "cashFlow": "DEPOSIT",
           "cashFlowAmount": "2500", "mode": "BUY_ONLY", "maxTurnover": "15"}}
        """,
        StandardCharsets.UTF_8);

    WorkstationViewModel viewModel = start(crypto);

    RebalanceSettingsViewModel settings = viewModel.proposal().settings();
    assertThat(settings.triggerProperty().get()).isEqualTo(RebalanceSettings.Trigger.CALENDAR);
    assertThat(settings.maxTurnoverProperty().get()).isEqualTo("15");
    assertThat(settings.bookSettings())
        .isEqualTo(new BookSettings(CashFlow.NONE, "", "kraken-spot", Mode.BUY_SELL));
    assertThat(used(viewModel).cashFlow()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(settings.bookNoteProperty().get()).isEqualTo(NONE_REMEMBERED);
  }

  @Test
  void saveAs_takesTheBooksSettingsToItsNewFile() throws Exception {
    WorkstationViewModel viewModel = start(crypto);
    deposit25000(viewModel.proposal().settings());
    Path copy = folder.resolve("crypto-copy.json");
    prompts.saveFile = copy;
    viewModel.document().saveAs();
    assertThat(viewModel.document().fileProperty().get()).isEqualTo(copy);

    viewModel.document().open(stocks);
    viewModel.document().open(copy);

    assertThat(viewModel.proposal().settings().bookNoteProperty().get()).isEqualTo(CRYPTO_RESTORED);
  }
}
