package dev.keel.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFormat;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document without a window: open, edit, undo, save, unsaved edits. */
class DocumentViewModelTest {
  private final FakePrompts prompts = new FakePrompts();
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), prompts);

  @TempDir Path folder;

  private Path copyOf(Path sample) throws IOException {
    Path copy = folder.resolve(sample.getFileName());
    Files.copy(sample, copy);
    return copy;
  }

  /** BTC and ETH share their class 55 / 45 instead of 60 / 40: a valid edit. */
  private Portfolio shifted() {
    return shifted(document.portfolio());
  }

  private static Portfolio shifted(Portfolio portfolio) {
    return portfolio.toBuilder()
        .targets(
            portfolio
                .targets()
                .withInstrumentWeight("BTC", new BigDecimal("0.55"))
                .withInstrumentWeight("ETH", new BigDecimal("0.45")))
        .build();
  }

  /** The cash target alone changed: the top level no longer adds up. */
  private Portfolio withCashTarget(String cash) {
    Portfolio portfolio = document.portfolio();
    return portfolio.toBuilder()
        .targets(portfolio.targets().withCash(new BigDecimal(cash)))
        .build();
  }

  @Test
  void open_showsThePortfolioAndItsName() {
    document.open(TestPortfolios.CRYPTO);

    assertThat(document.portfolio()).isEqualTo(TestPortfolios.read(TestPortfolios.CRYPTO));
    assertThat(document.titleProperty().get()).isEqualTo("crypto-spot.json - Keel");
    assertThat(document.statusProperty().get()).isEqualTo("Opened crypto-spot.json");
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.busyProperty().get()).isFalse();
  }

  @Test
  void open_invalidFile_listsProblemsAndKeepsTheCurrentPortfolioWithItsEdits() {
    document.open(TestPortfolios.CRYPTO);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    Portfolio edited = document.portfolio();
    prompts.answer = DocumentViewModel.UnsavedChoice.DISCARD;

    document.open(TestPortfolios.SAMPLES.resolve("bad/unknown-field.json"));

    assertThat(document.portfolio()).isSameAs(edited);
    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("25:7", "67:3");
    assertThat(document.statusProperty().get())
        .isEqualTo(
            "Could not open unknown-field.json: 2 problems; the current portfolio stays open");
  }

  @Test
  void open_anOrdersFile_saysWhatItIsAndKeepsTheCurrentPortfolio() throws IOException {
    document.open(TestPortfolios.CRYPTO);
    Portfolio current = document.portfolio();
    Review review =
        Review.of(Rebalancer.DEFAULT.propose(current, RebalanceSettings.DEFAULT)).approveAll();
    Path orders = folder.resolve("crypto.orders.csv");
    Files.writeString(orders, OrderExport.render(review, OrderFormat.GENERIC, OrderTerms.MARKET));

    document.open(orders);

    assertThat(document.portfolio()).isSameAs(current);
    assertThat(document.problems())
        .extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
        .containsExactly(
            "1:1: this is a Keel orders file (generic CSV), not a portfolio: open the portfolio"
                + " it came from (named in its manifest)");
  }

  @Test
  void whileReading_theOldDocumentStaysAndALateResultOfAnOlderOpenIsIgnored() {
    ManualTaskRunner runner = new ManualTaskRunner();
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.openSample("derivatives-book.json");
    runner.runAll();
    Portfolio shown = slow.portfolio();
    slow.open(TestPortfolios.CRYPTO);
    slow.open(TestPortfolios.STOCKS);

    assertThat(slow.portfolio()).isSameAs(shown);
    assertThat(slow.busyProperty().get()).isTrue();
    assertThat(slow.statusProperty().get()).isEqualTo("Opening stocks-two-accounts.json…");
    runner.runLast();
    runner.runNext(); // the first open ends last: it must not replace the second

    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(slow.portfolio()).isEqualTo(TestPortfolios.read(TestPortfolios.STOCKS));
    assertThat(slow.busyProperty().get()).isFalse();
  }

  @Test
  void edit_marksTheDocumentUnsaved_andUndoBackToTheSavedStateClearsTheMark() {
    document.open(TestPortfolios.CRYPTO);

    document.edit(shifted(), "BTC 55 %, ETH 45 %");

    assertThat(document.titleProperty().get()).isEqualTo("*crypto-spot.json - Keel");
    assertThat(document.history().undoTextProperty().get()).isEqualTo("Undo BTC 55 %, ETH 45 %");

    document.undo();
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.titleProperty().get()).isEqualTo("crypto-spot.json - Keel");
    assertThat(document.statusProperty().get()).isEqualTo("Undone: BTC 55 %, ETH 45 %");

    document.redo();
    assertThat(document.portfolio().targets().instrumentWeight("BTC"))
        .contains(new BigDecimal("0.55"));
    assertThat(document.dirtyProperty().get()).isTrue();
  }

  @Test
  void anEditThatChangesNothing_isNotRecorded() {
    document.open(TestPortfolios.CRYPTO);

    document.edit(document.portfolio(), "nothing");

    assertThat(document.history().canUndoProperty().get()).isFalse();
  }

  @Test
  void save_writesTheFileAtomicallyAndClearsTheMark() throws IOException {
    Path file = copyOf(TestPortfolios.CRYPTO);
    document.open(file);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");

    document.save();

    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(PortfolioFiles.read(file).get().targets().instrumentWeight("BTC"))
        .contains(new BigDecimal("0.55"));
    assertThat(document.statusProperty().get()).isEqualTo("Saved " + file);
    assertThat(document.exportSource().inputSha256()).isEqualTo(PortfolioFiles.open(file).sha256());
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void save_failure_keepsTheEditsAndSaysWhatToDo() throws IOException {
    Path file = copyOf(TestPortfolios.CRYPTO);
    document.open(file);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    Path missing = folder.resolve("no-such-folder/book.json");
    prompts.saveFile = missing;

    document.saveAs();

    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.portfolio().targets().instrumentWeight("BTC"))
        .contains(new BigDecimal("0.55"));
    assertThat(document.statusProperty().get())
        .isEqualTo(
            "Could not save book.json: the folder does not exist: create it or choose another;"
                + " your edits are kept, nothing was written");
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test
  void aSample_hasNoFile_soSaveAsksWhere() throws IOException {
    document.openSample("crypto-spot.json");
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    Path target = folder.resolve("mine.json");
    prompts.saveFile = target;

    document.save();

    assertThat(prompts.asked).containsExactly("save as crypto-spot.json");
    assertThat(document.fileProperty().get()).isEqualTo(target);
    assertThat(document.titleProperty().get()).isEqualTo("mine.json - Keel");
    assertThat(PortfolioFiles.read(target).isOk()).isTrue();
  }

  @Test
  void openingAnotherFileWithUnsavedEdits_asksFirst_andCancelKeepsEverything() {
    document.open(TestPortfolios.CRYPTO);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    prompts.answer = DocumentViewModel.UnsavedChoice.CANCEL;

    document.open(TestPortfolios.STOCKS);

    assertThat(prompts.asked).containsExactly("unsaved crypto-spot.json");
    assertThat(document.nameProperty().get()).isEqualTo("crypto-spot.json");
    assertThat(document.dirtyProperty().get()).isTrue();
  }

  @Test
  void discardingUnsavedEdits_opensTheOtherFile() {
    document.open(TestPortfolios.CRYPTO);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    prompts.answer = DocumentViewModel.UnsavedChoice.DISCARD;

    document.open(TestPortfolios.STOCKS);

    assertThat(document.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.history().canUndoProperty().get()).isFalse();
  }

  @Test
  void savingUnsavedEdits_whenAsked_writesThemBeforeOpening() throws IOException {
    Path file = copyOf(TestPortfolios.CRYPTO);
    document.open(file);
    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    prompts.answer = DocumentViewModel.UnsavedChoice.SAVE;

    document.open(TestPortfolios.STOCKS);

    assertThat(PortfolioFiles.read(file).get().targets().instrumentWeight("BTC"))
        .contains(new BigDecimal("0.55"));
    assertThat(document.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
  }

  @Test
  void exportSource_namesUnsavedEditsAndDigestsThePortfolioAsItWouldBeSaved() {
    document.open(TestPortfolios.CRYPTO);
    String fileSha = PortfolioFiles.open(TestPortfolios.CRYPTO).sha256();
    assertThat(document.exportSource().inputSha256()).isEqualTo(fileSha);
    assertThat(document.exportSource().inputName()).isEqualTo("crypto-spot.json");

    document.edit(shifted(), "BTC 55 %, ETH 45 %");

    assertThat(document.exportSource().inputName()).isEqualTo("crypto-spot.json (unsaved edits)");
    assertThat(document.exportSource().inputSha256())
        .isEqualTo(PortfolioFiles.digest(document.portfolio()))
        .isNotEqualTo(fileSha);
  }

  @Test
  void targetsThatDoNotAddUp_areNotSaved_becauseTheFileWouldNotOpenAgain() throws IOException {
    Path file = copyOf(TestPortfolios.CRYPTO);
    document.open(file);
    String before = Files.readString(file);
    document.edit(withCashTarget("0.05"), "cash target set to 5 %");

    document.save();

    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.statusProperty().get())
        .startsWith("Not saved: top-level class targets plus cash sum to 102.00%")
        .endsWith("fix it first, the file would not open again");
  }

  @Test
  void whileAFileOpens_editsAndSavesWait() {
    ManualTaskRunner runner = new ManualTaskRunner();
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(TestPortfolios.CRYPTO);
    runner.runAll();
    Portfolio crypto = slow.portfolio();
    slow.open(TestPortfolios.STOCKS);

    Portfolio edited =
        crypto.toBuilder()
            .targets(crypto.targets().withInstrumentWeight("BTC", new BigDecimal("0.55")))
            .build();
    slow.edit(edited, "BTC 55 %");
    slow.save();

    assertThat(slow.portfolio()).isSameAs(crypto);
    assertThat(runner.pending()).isEqualTo(1); // only the open: no save was queued
    assertThat(slow.statusProperty().get()).isEqualTo("Wait until the file has opened");
    runner.runAll();
    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(slow.dirtyProperty().get()).isFalse();
  }

  @Test
  void busyLasts_untilEveryTaskHasFinished() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    Path file = copyOf(TestPortfolios.CRYPTO);
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(file);
    runner.runAll();
    slow.edit(shifted(slow.portfolio()), "BTC 55 %, ETH 45 %");
    slow.save();
    slow.open(TestPortfolios.STOCKS);

    runner.runNext(); // the save ends, then the open that waited for it starts
    assertThat(slow.busyProperty().get()).isTrue();
    runner.runNext();
    assertThat(slow.busyProperty().get()).isFalse();
    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
  }

  /** A document open on a copy of the crypto book, edited, with its save still on the lane. */
  private DocumentViewModel savingOn(ManualTaskRunner runner, Path file) {
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(file);
    runner.runAll();
    slow.edit(shifted(slow.portfolio()), "BTC 55 %, ETH 45 %");
    slow.save();
    assertThat(runner.pending(Lane.FILES)).isEqualTo(1);
    return slow;
  }

  private static boolean btcAt55(Path file) {
    return PortfolioFiles.read(file)
        .get()
        .targets()
        .instrumentWeight("BTC")
        .filter(weight -> weight.compareTo(new BigDecimal("0.55")) == 0)
        .isPresent();
  }

  @Test
  void open_whileASaveRuns_waitsForIt_thenOpensWithoutAsking() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    Path file = copyOf(TestPortfolios.CRYPTO);
    DocumentViewModel slow = savingOn(runner, file);
    prompts.answer = DocumentViewModel.UnsavedChoice.DISCARD; // what lost the save before

    slow.open(TestPortfolios.STOCKS);

    assertThat(prompts.asked).as("nothing to ask: the edits are being saved").isEmpty();
    assertThat(runner.pending()).as("the open waits for the save").isEqualTo(1);
    assertThat(slow.nameProperty().get()).isEqualTo("crypto-spot.json");
    assertThat(slow.statusProperty().get())
        .isEqualTo("Saving crypto-spot.json…; then opening stocks-two-accounts.json");
    runner.runNext(); // the save ends
    assertThat(btcAt55(file)).isTrue();
    assertThat(runner.pending(Lane.FILES)).as("now the open").isEqualTo(1);
    runner.runAll();
    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(prompts.asked).isEmpty();
  }

  @Test
  void close_whileASaveRuns_waitsForIt_thenClosesWithoutAsking() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    Path file = copyOf(TestPortfolios.CRYPTO);
    DocumentViewModel slow = savingOn(runner, file);
    prompts.answer = DocumentViewModel.UnsavedChoice.DISCARD; // what let the window die before
    List<Boolean> closedAgain = new ArrayList<>();
    Runnable closeAgain = () -> closedAgain.add(slow.mayClose(() -> closedAgain.add(null)));

    assertThat(slow.mayClose(closeAgain)).as("the window stays while the save runs").isFalse();

    assertThat(prompts.asked).isEmpty();
    assertThat(slow.statusProperty().get())
        .isEqualTo("Saving crypto-spot.json…; then closing the window");
    assertThat(closedAgain).isEmpty();
    runner.runNext(); // the save ends, and the window is asked to close again
    assertThat(btcAt55(file)).isTrue();
    assertThat(closedAgain).containsExactly(true);
    assertThat(prompts.asked).isEmpty();
  }

  @Test
  void saveInTheUnsavedQuestion_writesOnTheFilesLane_andTheOpenWaitsForIt() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    Path file = copyOf(TestPortfolios.CRYPTO);
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(file);
    runner.runAll();
    slow.edit(shifted(slow.portfolio()), "BTC 55 %, ETH 45 %");
    prompts.answer = DocumentViewModel.UnsavedChoice.SAVE;

    slow.open(TestPortfolios.STOCKS);

    assertThat(btcAt55(file)).as("not written on the calling thread").isFalse();
    assertThat(runner.pending(Lane.FILES)).as("the save, and no open yet").isEqualTo(1);
    assertThat(slow.nameProperty().get()).isEqualTo("crypto-spot.json");
    runner.runNext();
    assertThat(btcAt55(file)).isTrue();
    assertThat(slow.dirtyProperty().get()).isFalse();
    runner.runAll();
    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(prompts.asked).containsExactly("unsaved crypto-spot.json"); // asked once only
  }

  @Test
  void anEditWhileTheSaveRuns_isAskedAboutOnceTheSaveHasEnded() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    DocumentViewModel slow = savingOn(runner, copyOf(TestPortfolios.CRYPTO));
    slow.open(TestPortfolios.STOCKS);
    slow.edit(slow.portfolio().toBuilder().name("renamed").build(), "name set to renamed");
    prompts.answer = DocumentViewModel.UnsavedChoice.CANCEL;
    assertThat(prompts.asked).as("nothing asked while the save runs").isEmpty();

    runner.runNext(); // the save ends; the open asks about the edit made meanwhile

    assertThat(prompts.asked).containsExactly("unsaved crypto-spot.json");
    assertThat(runner.pending()).isZero();
    assertThat(slow.nameProperty().get()).isEqualTo("crypto-spot.json");
    assertThat(slow.dirtyProperty().get()).isTrue();
  }

  @Test
  void aSaveThatFails_keepsTheDocument_andWhatWaitedForItIsDropped() throws IOException {
    ManualTaskRunner runner = new ManualTaskRunner();
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(copyOf(TestPortfolios.CRYPTO));
    runner.runAll();
    slow.edit(shifted(slow.portfolio()), "BTC 55 %, ETH 45 %");
    prompts.saveFile = folder.resolve("no-such-folder/book.json");
    slow.saveAs();
    List<String> closed = new ArrayList<>();

    assertThat(slow.mayClose(() -> closed.add("closed"))).isFalse();
    assertThat(slow.statusProperty().get()).isEqualTo("Saving book.json…; then closing the window");
    runner.runNext(); // the save fails

    assertThat(closed).isEmpty();
    assertThat(runner.pending()).isZero();
    assertThat(slow.dirtyProperty().get()).isTrue();
    assertThat(slow.statusProperty().get()).startsWith("Could not save book.json: ");
  }

  @Test
  void editingBackToTheSavedValues_isNotAnUnsavedChange() {
    document.open(TestPortfolios.CRYPTO);
    Portfolio original = document.portfolio();

    document.edit(shifted(), "BTC 55 %, ETH 45 %");
    document.edit(
        document.portfolio().toBuilder().targets(original.targets()).build(),
        "BTC 60 %, ETH 40 % again");

    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.titleProperty().get()).isEqualTo("crypto-spot.json - Keel");
  }

  @Test
  void aNewerOpen_cancelsTheOneUnderWay_whoseResultNeverArrives() {
    ManualTaskRunner runner = new ManualTaskRunner();
    DocumentViewModel slow = new DocumentViewModel(runner, prompts);
    slow.open(TestPortfolios.CRYPTO);
    slow.open(TestPortfolios.STOCKS);

    assertThat(runner.pending(Lane.FILES)).isEqualTo(2);
    assertThat(runner.cancelled()).isEqualTo(1);
    runner.runNext(); // the cancelled open of the crypto book: nothing arrives

    assertThat(slow.portfolio()).isNull();
    assertThat(slow.nameProperty().get()).isEmpty();
    assertThat(slow.busyProperty().get()).isTrue();
    assertThat(slow.statusProperty().get()).isEqualTo("Opening stocks-two-accounts.json…");
    runner.runNext();
    assertThat(slow.nameProperty().get()).isEqualTo("stocks-two-accounts.json");
    assertThat(slow.busyProperty().get()).isFalse();
  }

  @Test
  void filesAreReadAndWrittenOnTheFilesLane() throws IOException {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    DocumentViewModel counted = new DocumentViewModel(runner, prompts);
    Path file = copyOf(TestPortfolios.CRYPTO);

    counted.open(file);
    counted.edit(shifted(counted.portfolio()), "BTC 55 %, ETH 45 %");
    counted.save();

    assertThat(runner.submitted(Lane.FILES)).isEqualTo(2);
    assertThat(runner.submitted(Lane.COMPUTE)).isZero();
    assertThat(counted.dirtyProperty().get()).isFalse();
  }
}
