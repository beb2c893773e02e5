package dev.keel.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.OrderExport;
import dev.keel.io.OrderFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view-model without a window. */
class ExportViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final OrderExport.Source SOURCE = new OrderExport.Source("crypto-spot.json", "ab");

  @TempDir Path folder;

  private final Review review =
      Review.of(
          Rebalancer.DEFAULT.propose(
              TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT));

  private ExportViewModel dialog(Review reviewed) {
    return new ExportViewModel(reviewed, SOURCE, folder.resolve("crypto.orders.csv"), CLOCK);
  }

  @Test
  void nothingApproved_nothingExported() {
    ExportViewModel viewModel = dialog(review);

    assertThat(viewModel.canExportProperty().get()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo("No trade is approved: approve the trades to send first");
    assertThat(viewModel.export()).isFalse();
    assertThat(folder.resolve("crypto.orders.csv")).doesNotExist();
  }

  @Test
  void exportsOnlyTheApprovedTrades() throws Exception {
    ExportViewModel viewModel = dialog(review.approveAll().reject("T2"));
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("3 approved trades will be written (1 rejected and 0 pending are left out)");

    assertThat(viewModel.export()).isTrue();

    Path file = folder.resolve("crypto.orders.csv");
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      List<Map<String, String>> all = rows.readAll();
      assertThat(all).extracting(r -> r.get("client_order_id")).allMatch(id -> !id.endsWith("-T2"));
      assertThat(all).hasSize(3);
    }
    assertThat(OrderExport.manifestPath(file)).exists();
    assertThat(viewModel.resultProperty().get())
        .isEqualTo(
            "Wrote 3 orders to " + file + " and its manifest crypto.orders.csv.manifest.json");
  }

  @Test
  void previewShowsTheFilesFirstLines_andFollowsTheFormat() {
    ExportViewModel viewModel = dialog(review.approveAll());

    assertThat(viewModel.previewProperty().get())
        .isEqualTo(OrderExport.render(review.approveAll(), OrderFormat.GENERIC, OrderTerms.MARKET));

    viewModel.formatProperty().set(OrderFormat.CCXT);
    assertThat(viewModel.destinationProperty().get().getFileName().toString())
        .isEqualTo("crypto.orders.json");
    assertThat(viewModel.previewProperty().get()).startsWith("{");
  }

  @Test
  void aBadLimitOffset_isRefusedWithWhatToType() {
    ExportViewModel viewModel = dialog(review.approveAll());
    viewModel.orderTypeProperty().set(OrderTerms.OrderType.LIMIT);

    viewModel.limitOffsetProperty().set("ten");

    assertThat(viewModel.errorProperty().get())
        .isEqualTo("Limit offset: type basis points from 0 to 9999, such as 10");
    assertThat(viewModel.canExportProperty().get()).isFalse();
  }

  @Test
  void anExistingFile_isNotReplacedUnlessAsked_andNothingIsWritten() throws Exception {
    Path file = folder.resolve("crypto.orders.csv");
    Files.writeString(file, "keep me");
    ExportViewModel viewModel = dialog(review.approveAll());

    assertThat(viewModel.export()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            file
                + " exists: tick \"Replace existing files\" or choose another name; nothing was"
                + " written");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(OrderExport.manifestPath(file)).doesNotExist();

    viewModel.overwriteProperty().set(true);
    assertThat(viewModel.export()).isTrue();
    assertThat(Files.readString(file)).startsWith("account,symbol,side");

    // agreeing to replace the CSV does not agree to replace the JSON of another format
    viewModel.formatProperty().set(OrderFormat.CCXT);
    assertThat(viewModel.overwriteProperty().get()).isFalse();
  }

  @Test
  void aWriteFailure_saysWhatToDo() {
    ExportViewModel viewModel =
        new ExportViewModel(
            review.approveAll(), SOURCE, folder.resolve("missing/orders.csv"), CLOCK);

    assertThat(viewModel.export()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            "Could not write orders.csv: the folder does not exist: create it or choose another;"
                + " nothing was written, the review is kept");
  }

  @Test
  void aLongFile_isPreviewedByItsFirstOrders() {
    Review stocks =
        Review.of(
                Rebalancer.DEFAULT.propose(
                    TestPortfolios.read(TestPortfolios.STOCKS), RebalanceSettings.DEFAULT))
            .approveAll();
    ExportViewModel viewModel = dialog(stocks);

    String whole = OrderExport.render(stocks, OrderFormat.GENERIC, OrderTerms.MARKET);
    List<String> lines = whole.lines().toList();
    assertThat(lines).hasSize(13); // header and 12 orders
    assertThat(viewModel.previewProperty().get())
        .isEqualTo(String.join("\n", lines.subList(0, 11)) + "\n… and 2 more orders\n");
  }
}
