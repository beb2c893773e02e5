package dev.keel.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.keel.TestPortfolios;
import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.Venue;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's view-model, and an import through the document. */
class ImportViewModelTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @TempDir Path folder;

  @Test
  void defaultsMatchTheCommandLine_andTheNameComesFromTheFile() {
    ImportViewModel viewModel = new ImportViewModel("broker-export.csv");

    var options = viewModel.options(NOW);

    assertThat(options.name()).isEqualTo("broker-export");
    assertThat(options.baseCurrency()).isEqualTo("USD");
    assertThat(options.defaultAccount()).isEqualTo("main");
    assertThat(options.defaultAssetClass()).isEqualTo("unclassified");
    assertThat(options.type()).isEqualTo(AssetType.STOCK);
    assertThat(options.fxRates()).isEmpty();
  }

  @Test
  void badFields_sayWhatToType() {
    ImportViewModel viewModel = new ImportViewModel("x.csv");

    viewModel.baseCurrencyProperty().set("euro");
    assertThat(viewModel.errorProperty().get())
        .isEqualTo("Base currency: a code in capitals such as USD, EUR or USDT");

    viewModel.baseCurrencyProperty().set("EUR");
    viewModel.fxRatesProperty().set("USD=0.92, GBP");
    assertThat(viewModel.errorProperty().get()).startsWith("FX rates:");

    // a rate past the file format's 30 digits is refused here as in a file or --fx
    viewModel.fxRatesProperty().set("USD=1" + "0".repeat(40));
    assertThat(viewModel.errorProperty().get()).startsWith("FX rates:");

    viewModel.fxRatesProperty().set("USD=0.92; GBP=1.17");
    assertThat(viewModel.errorProperty().get()).isEmpty();
    assertThat(viewModel.options(NOW).fxRates())
        .containsEntry("USD", new BigDecimal("0.92"))
        .containsEntry("GBP", new BigDecimal("1.17"));
  }

  @Test
  void aFieldWithAnOverride_saysWhichAndWhatToDo() {
    ImportViewModel viewModel = new ImportViewModel("x.csv");

    viewModel.accountProperty().set("ma\u202Ein");

    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            "Account: holds U+202E (right-to-left override), which Keel refuses as it can make"
                + " one text look like another: delete it (retype the text if it was pasted)");
  }

  @Test
  void anImportedBook_isANewUnsavedDocument() throws Exception {
    Path csv = folder.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price,account\nAAPL,10,190.5,ira\nMSFT,4,410,ira\n");
    DocumentViewModel document =
        new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());
    document.open(TestPortfolios.CRYPTO);
    ImportViewModel options = new ImportViewModel("holdings.csv");
    options.baseCurrencyProperty().set("EUR");
    options.fxRatesProperty().set("USD=0.92");

    document.importHoldings(csv, options.options(NOW));

    assertThat(document.portfolio().positions()).hasSize(2);
    assertThat(document.portfolio().baseCurrency()).isEqualTo("EUR");
    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.fileProperty().get()).isNull();
    assertThat(document.titleProperty().get()).isEqualTo("*holdings.json - Keel");
    assertThat(document.portfolio().accounts()) // as docs/workstation.md says
        .extracting(Account::id, Account::venue)
        .containsExactly(tuple("ira", Venue.OTHER));
  }
}
