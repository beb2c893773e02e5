package dev.keel.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.TestPortfolios;
import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.GuardedRebalancer;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.InputFiles;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFormat;
import dev.keel.io.export.Routing;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Venue;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view-model without a window. */
class ExportViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final OrderExport.Source SOURCE = new OrderExport.Source("crypto-spot.json", "ab");

  @TempDir Path folder;

  private final Review review = reviewOf(TestPortfolios.read(TestPortfolios.CRYPTO));

  private static Review reviewOf(Portfolio portfolio) {
    return Review.of(Rebalancer.DEFAULT.propose(portfolio, RebalanceSettings.DEFAULT));
  }

  private final ImmediateTaskRunner runner = new ImmediateTaskRunner();

  private ExportViewModel dialog(Review reviewed) {
    return new ExportViewModel(
        runner, reviewed, SOURCE, folder.resolve("crypto.orders.csv"), CLOCK);
  }

  /**
   * Presses Export; with the immediate runner the result is back when this returns. Says whether
   * the files have been written.
   */
  private static boolean export(ExportViewModel viewModel) {
    viewModel.export();
    assertThat(viewModel.writingProperty().get()).isFalse();
    return viewModel.writtenProperty().get();
  }

  private static List<Map<String, String>> csv(Path file) throws Exception {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private List<String> filesInFolder() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anAccountPastItsGuard_blocksExport_untilTheTraderOverridesIt_whichTheManifestRecords()
      throws Exception {
    Portfolio book = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);
    Review guarded =
        Review.of(GuardedRebalancer.propose(book, RebalanceSettings.DEFAULT, book.guard()))
            .approveAll();
    for (var trade : guarded.trades()) {
      if (trade.purpose() == Trade.Purpose.DE_RISK) {
        guarded = guarded.reject(trade.id()); // the trader keeps the risk
      }
    }
    Portfolio after = Outcome.apply(book, guarded.approvedTrades(), guarded.proposal().cashFlows());
    GuardReport report = GuardReport.of(book, after, book.guard());
    assertThat(report.blocksExport()).isTrue();
    ExportViewModel viewModel =
        new ExportViewModel(
            runner, guarded, SOURCE, report, folder.resolve("margin.orders.csv"), CLOCK);

    assertThat(viewModel.guardBlocks()).isTrue();
    assertThat(viewModel.canExportProperty().get()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .startsWith("An account ends past its margin guard: binance: margin ratio")
        .endsWith(
            "tick \"Export past the guard\" to write the orders anyway (the manifest records"
                + " it).");
    assertThat(export(viewModel)).isFalse();

    viewModel.overrideGuardProperty().set(true);
    assertThat(viewModel.canExportProperty().get()).isTrue();
    assertThat(export(viewModel)).isTrue();
    Path manifest =
        filesInFolder().stream()
            .filter(name -> name.endsWith("manifest.json"))
            .map(folder::resolve)
            .findFirst()
            .orElseThrow();
    JsonNode guard = new ObjectMapper().readTree(manifest.toFile()).get("guard");
    assertThat(guard.get("overridden").asBoolean()).isTrue();
    assertThat(guard.get("brokenAfter").get(0).get("account").asText()).isEqualTo("binance");
  }

  @Test
  void aBookWithinItsGuard_exportsWithoutAskingAnything() {
    Portfolio book = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);
    Review guarded =
        Review.of(GuardedRebalancer.propose(book, RebalanceSettings.DEFAULT, book.guard()))
            .approveAll();
    Portfolio after = Outcome.apply(book, guarded.approvedTrades(), guarded.proposal().cashFlows());
    GuardReport report = GuardReport.of(book, after, book.guard());
    ExportViewModel viewModel =
        new ExportViewModel(
            runner, guarded, SOURCE, report, folder.resolve("margin.orders.csv"), CLOCK);
    assertThat(viewModel.guardBlocks()).isFalse();
    assertThat(viewModel.canExportProperty().get()).isTrue();
  }

  @Test
  void nothingApproved_nothingExported() throws Exception {
    ExportViewModel viewModel = dialog(review);

    assertThat(viewModel.canExportProperty().get()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo("No trade is approved: approve the trades to send first");
    assertThat(export(viewModel)).isFalse();
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void byVenue_theKrakenBook_isOneCcxtList_ofTheApprovedTradesOnly() throws Exception {
    ExportViewModel viewModel = dialog(review.approveAll().reject("T2"));
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo(
            "3 approved trades will be written to 1 file (1 rejected and 0 pending are left out)");
    assertThat(viewModel.files())
        .containsExactly(
            new ExportViewModel.FileRow("crypto.orders.json", "Kraken", "ccxt", 3, false));

    assertThat(export(viewModel)).isTrue();

    Path file = folder.resolve("crypto.orders.json");
    JsonNode orders = new ObjectMapper().readTree(file.toFile()).get("orders");
    assertThat(orders).hasSize(3);
    orders.forEach(
        o -> assertThat(o.get("params").get("clientOrderId").asText()).doesNotEndWith("-T2"));
    assertThat(OrderExport.manifestPath(file)).exists();
    assertThat(viewModel.resultProperty().get())
        .isEqualTo(
            "Wrote 3 orders to " + file + " and its manifest crypto.orders.json.manifest.json");
    assertThat(viewModel.files().get(0).exists()).isTrue(); // listed as there now
  }

  @Test
  void theDerivativesBook_listsOneFilePerVenue_andWritesThemAll() throws Exception {
    // on value, a calendar rebalance trades at both venues: BTC and USDC at Deribit, SPY at IBKR
    Review derivatives =
        Review.of(
                Rebalancer.DEFAULT.propose(
                    TestPortfolios.derivativesOnValue(),
                    RebalanceSettings.builder()
                        .trigger(RebalanceSettings.Trigger.CALENDAR)
                        .build()))
            .approveAll();
    ExportViewModel viewModel =
        new ExportViewModel(
            runner, derivatives, SOURCE, folder.resolve("derivatives-book.orders.csv"), CLOCK);

    assertThat(viewModel.files())
        .containsExactly(
            new ExportViewModel.FileRow(
                "derivatives-book.deribit-deribit.orders.json", "Deribit", "ccxt", 2, false),
            new ExportViewModel.FileRow(
                "derivatives-book.ibkr.orders.csv", "Interactive Brokers", "ibkr", 1, false));
    assertThat(viewModel.previewProperty().get())
        .startsWith("=== derivatives-book.deribit-deribit.orders.json (2 orders) ===\n{")
        .contains("\n=== derivatives-book.ibkr.orders.csv (1 order) ===\nAction,Quantity,");

    assertThat(export(viewModel)).isTrue();

    assertThat(filesInFolder())
        .containsExactly(
            "derivatives-book.deribit-deribit.orders.json",
            "derivatives-book.ibkr.orders.csv",
            "derivatives-book.orders.manifest.json");
    assertThat(viewModel.resultProperty().get())
        .isEqualTo(
            "Wrote 3 orders to 2 files in "
                + folder
                + ": derivatives-book.deribit-deribit.orders.json (2),"
                + " derivatives-book.ibkr.orders.csv (1), and the manifest"
                + " derivatives-book.orders.manifest.json");
  }

  @Test
  void forcingAFormat_listsOneFile_andThePreviewFollows() {
    ExportViewModel viewModel = dialog(review.approveAll());

    viewModel.routingProperty().set(Routing.forced(OrderFormat.GENERIC));

    assertThat(viewModel.files())
        .extracting(ExportViewModel.FileRow::name)
        .containsExactly("crypto.orders.csv");
    assertThat(viewModel.previewProperty().get())
        .isEqualTo(OrderExport.render(review.approveAll(), OrderFormat.GENERIC, OrderTerms.MARKET));

    viewModel.routingProperty().set(Routing.forced(OrderFormat.CCXT));
    assertThat(viewModel.files().get(0).name()).isEqualTo("crypto.orders.json");
    assertThat(viewModel.previewProperty().get()).startsWith("{");
  }

  @Test
  void aStockOrderForACryptoExchange_cannotBeExported_andSaysWhy() {
    Portfolio stocks = TestPortfolios.read(TestPortfolios.STOCKS);
    List<Account> atKraken =
        stocks.accounts().stream().map(a -> new Account(a.id(), a.name(), Venue.KRAKEN)).toList();
    ExportViewModel viewModel =
        dialog(reviewOf(stocks.toBuilder().accounts(atKraken).build()).approveAll());

    assertThat(viewModel.canExportProperty().get()).isFalse();
    Review kraken = reviewOf(stocks.toBuilder().accounts(atKraken).build()).approveAll();
    int more = kraken.approvedTrades().size() - 1;
    assertThat(viewModel.errorProperty().get())
        .startsWith(
            "Nothing can be exported: T1 "
                + kraken.approvedTrades().get(0).symbol()
                + " in account taxable (kraken): a stock cannot be a CCXT order")
        .endsWith(" (and " + more + " more such orders)");
    assertThat(viewModel.previewProperty().get()).isEmpty();

    viewModel.routingProperty().set(Routing.forced(OrderFormat.IBKR));
    assertThat(viewModel.canExportProperty().get()).isTrue();
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
  void anExistingFile_isMarked_notReplacedUnlessAsked_andNothingIsWritten() throws Exception {
    Path file = folder.resolve("crypto.orders.csv");
    Files.writeString(file, "keep me");
    ExportViewModel viewModel = dialog(review.approveAll());
    assertThat(viewModel.files().get(0).exists()).isFalse(); // the CCXT list is not there
    viewModel.routingProperty().set(Routing.forced(OrderFormat.GENERIC)); // other files: a look
    assertThat(viewModel.files().get(0).exists()).isTrue();

    assertThat(export(viewModel)).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            file
                + " exists: tick \"Replace existing files\" or choose another name; nothing was"
                + " written");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(OrderExport.manifestPath(file)).doesNotExist();

    viewModel.overwriteProperty().set(true);
    assertThat(export(viewModel)).isTrue();
    assertThat(csv(file)).hasSize(4);

    // agreeing to replace the CSV does not agree to replace the files of another format
    viewModel.routingProperty().set(Routing.forced(OrderFormat.CCXT));
    assertThat(viewModel.overwriteProperty().get()).isFalse();
  }

  @Test
  void aWriteFailure_saysWhatToDo_thenTheLookAfterItMarksTheFolder() throws Exception {
    ManualTaskRunner manual = new ManualTaskRunner();
    Path gone = Files.createDirectory(folder.resolve("gone"));
    ExportViewModel viewModel =
        new ExportViewModel(
            manual, review.approveAll(), SOURCE, gone.resolve("crypto.orders.csv"), CLOCK);
    manual.runAll(Lane.FILES);
    Files.delete(gone); // after the dialog looked at it

    viewModel.export();
    manual.runNext(Lane.FILES); // the write

    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            "Could not write crypto.orders.json: the folder does not exist: create it or choose"
                + " another; nothing was written, the review is kept");
    manual.runAll(Lane.FILES); // the look at the folder after the failure
    assertThat(viewModel.folderProblemProperty().get())
        .isEqualTo("Folder: " + gone + " does not exist: create it or choose another");
    assertThat(viewModel.canExportProperty().get()).isFalse();
  }

  @Test
  void exportingOverThePortfoliosOwnFile_isRefused_evenWhenReplacingIsTicked() throws Exception {
    Path book = Files.copy(TestPortfolios.CRYPTO, folder.resolve("crypto.orders.json"));
    byte[] before = Files.readAllBytes(book);
    ExportViewModel viewModel =
        new ExportViewModel(
            runner,
            review.approveAll(),
            new OrderExport.Source("crypto.orders.json", "ab", InputFiles.of(List.of(book))),
            book,
            CLOCK);
    viewModel.overwriteProperty().set(true);

    assertThat(export(viewModel)).isFalse();
    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            "Could not write crypto.orders.json: it is an input file: an output never replaces"
                + " an input; name another path; nothing was written, the review is kept");
    assertThat(Files.readAllBytes(book)).isEqualTo(before);
    assertThat(filesInFolder()).containsExactly("crypto.orders.json");
  }

  @Test
  void aLongFile_isPreviewedByItsFirstOrders() {
    Review stocks =
        Review.of(
                Rebalancer.DEFAULT.propose(
                    TestPortfolios.read(TestPortfolios.STOCKS), RebalanceSettings.DEFAULT))
            .approveAll();
    ExportViewModel viewModel = dialog(stocks);

    String whole = OrderExport.render(stocks, OrderFormat.IBKR, OrderTerms.MARKET);
    List<String> lines = whole.lines().toList();
    assertThat(lines).hasSize(13); // header and 12 orders
    assertThat(viewModel.files())
        .extracting(ExportViewModel.FileRow::format)
        .containsExactly("ibkr");
    assertThat(viewModel.previewProperty().get())
        .isEqualTo(String.join("\n", lines.subList(0, 11)) + "\n… and 2 more orders\n");
  }

  @Test
  void theNamesStem_isTheSuggestedFilesNameBeforeOrders() {
    assertThat(ExportViewModel.stem(Path.of("a", "book.orders.csv"))).isEqualTo("book");
    assertThat(ExportViewModel.stem(Path.of("book.orders.json"))).isEqualTo("book");
    assertThat(ExportViewModel.stem(Path.of("book.csv"))).isEqualTo("book");
  }

  @Test
  void export_writesOnTheFilesLane_andIsBusyUntilTheResultIsBack() throws Exception {
    ManualTaskRunner manual = new ManualTaskRunner();
    ExportViewModel viewModel =
        new ExportViewModel(
            manual, review.approveAll(), SOURCE, folder.resolve("crypto.orders.csv"), CLOCK);
    manual.runAll(Lane.FILES); // which files exist
    assertThat(viewModel.canExportProperty().get()).isTrue();

    viewModel.export();

    assertThat(manual.pending(Lane.FILES)).isEqualTo(1);
    assertThat(viewModel.writingProperty().get()).isTrue();
    assertThat(viewModel.exportTextProperty().get()).isEqualTo("Writing…");
    assertThat(viewModel.canExportProperty().get()).isFalse();
    viewModel.export(); // a second press while writing does nothing
    assertThat(manual.pending(Lane.FILES)).isEqualTo(1);
    assertThat(filesInFolder()).isEmpty();

    manual.runNext(Lane.FILES);

    assertThat(filesInFolder())
        .containsExactly("crypto.orders.json", "crypto.orders.json.manifest.json");
    assertThat(viewModel.writingProperty().get()).isFalse();
    assertThat(viewModel.exportTextProperty().get()).isEqualTo("Export");
    assertThat(viewModel.writtenProperty().get()).isTrue();
    assertThat(viewModel.resultProperty().get()).startsWith("Wrote 4 orders to ");
    manual.runAll(Lane.FILES); // the look at the folder after the write
    assertThat(viewModel.files().get(0).exists()).isTrue();
  }

  @Test
  void aFailedWrite_isReportedWhenItsResultComes_andMayBeTriedAgain() throws Exception {
    ManualTaskRunner manual = new ManualTaskRunner();
    ExportViewModel viewModel =
        new ExportViewModel(
            manual, review.approveAll(), SOURCE, folder.resolve("crypto.orders.csv"), CLOCK);
    manual.runAll(Lane.FILES);
    Files.writeString(folder.resolve("crypto.orders.json"), "keep me"); // after the dialog looked

    viewModel.export();
    assertThat(viewModel.errorProperty().get()).isEmpty();
    manual.runAll(Lane.FILES);

    assertThat(viewModel.writtenProperty().get()).isFalse();
    assertThat(viewModel.errorProperty().get())
        .startsWith(folder.resolve("crypto.orders.json") + " exists: tick");
    assertThat(viewModel.canExportProperty().get()).isTrue();
    assertThat(viewModel.files().get(0).exists()).isTrue(); // looked again after the failure
    viewModel.overwriteProperty().set(true);
    assertThat(viewModel.errorProperty().get()).isEmpty(); // a change clears what was said

    viewModel.export();
    manual.runAll(Lane.FILES);
    assertThat(viewModel.writtenProperty().get()).isTrue();
    assertThat(folder.resolve("crypto.orders.json")).content().startsWith("{");
  }

  @Test
  void typingTheOffset_neitherAsksTheDiskNorPlansAgain() {
    ExportViewModel viewModel = dialog(review.approveAll());
    viewModel.orderTypeProperty().set(OrderTerms.OrderType.LIMIT);
    int looks = runner.submitted(Lane.FILES);

    for (String typed : List.of("1", "12", "125", "12", "1")) {
      viewModel.limitOffsetProperty().set(typed);
    }

    assertThat(runner.submitted(Lane.FILES)).isEqualTo(looks);
    assertThat(viewModel.previewProperty().get()).contains("\"type\" : \"limit\"");
    viewModel.folderTextProperty().set(folder.resolve("elsewhere").toString());
    assertThat(runner.submitted(Lane.FILES)).isEqualTo(looks + 1); // another folder: one look
  }

  @Test
  void aLookAtAnEarlierFolder_thatEndsLate_isDropped() throws Exception {
    ManualTaskRunner manual = new ManualTaskRunner();
    Path first = Files.createDirectory(folder.resolve("first"));
    Files.writeString(first.resolve("crypto.orders.json"), "there");
    ExportViewModel viewModel =
        new ExportViewModel(
            manual, review.approveAll(), SOURCE, first.resolve("crypto.orders.csv"), CLOCK);

    viewModel.folderTextProperty().set(Files.createDirectory(folder.resolve("second")).toString());
    manual.runAll(Lane.FILES);

    assertThat(viewModel.files().get(0).exists()).isFalse();
    assertThat(manual.cancelled()).isEqualTo(1);
  }

  @Test
  void theManifestsCreationTime_isToTheSecond_asTheCommandLineWritesIt() throws Exception {
    Clock withNanos = Clock.fixed(Instant.parse("2026-11-24T10:00:00.987654321Z"), ZoneOffset.UTC);
    ExportViewModel viewModel =
        new ExportViewModel(
            runner, review.approveAll(), SOURCE, folder.resolve("crypto.orders.csv"), withNanos);

    assertThat(export(viewModel)).isTrue();

    JsonNode manifest =
        new ObjectMapper().readTree(folder.resolve("crypto.orders.json.manifest.json").toFile());
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
  }
}
