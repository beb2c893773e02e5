package dev.keel.ui.bench;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.SyntheticBook;
import dev.keel.io.PortfolioFiles;
import dev.keel.ui.KeelApp;
import dev.keel.ui.MainWindow;
import dev.keel.ui.WorkstationViewModel;
import dev.keel.ui.common.BackgroundTaskRunner;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.holdings.HoldingsViewModel;
import dev.keel.ui.proposal.ProposalViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

/**
 * Drives the real window on the 10,000-position book through what a trader does (open, sort,
 * filter, edit, review, undo) and reports, for each step, how long the JavaFX Application Thread
 * was blocked ({@link PauseSampler}), with and without a collection of the JVM during the pause.
 * The window starts on the first sample, as {@code KeelApp} does, before the big book is opened.
 * Not a unit test: run on demand with {@code mvn test-compile exec:exec@fxpause}
 * (docs/performance.md), headless Monocle unless told otherwise. Arguments: an optional portfolio
 * file (else the synthetic book is generated); {@code -Dfxpause.rounds=N} repeats the steps (the
 * first round runs cold); {@code -Dfxpause.stacks=true} prints, per step, the stacks the thread was
 * seen in while late by more than a frame and the methods most often on them (an inclusive
 * profile); {@code -Dfxpause.dirty=true} prints, while a step does not go quiet, the nodes asking
 * for a layout and the progress indicators that may spin.
 */
public final class FxPauseProbe {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  /** The thread counts as quiet again once no probe was later than this for {@link #SETTLE}. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private static final long SETTLE_MILLIS = 500;

  /** How long a step's end waits for the thread to be quiet: a step that never is ends there. */
  private static final long SETTLE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final long PHASE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final Path book;
  private final boolean stacks = Boolean.getBoolean("fxpause.stacks");
  private final List<PauseSampler.Phase> phases = new ArrayList<>();
  private WorkstationViewModel viewModel;
  private Scene scene;
  private PauseSampler sampler;

  private FxPauseProbe(Path book) {
    this.book = book;
  }

  public static void main(String[] args) throws Exception {
    headlessUnlessTold();
    Path book = args.length > 0 ? Path.of(args[0]) : syntheticBook();
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    FxPauseProbe probe = new FxPauseProbe(book);
    probe.run(Integer.getInteger("fxpause.rounds", 2));
    probe.print();
    Platform.exit();
    System.exit(0);
  }

  /** The same headless platform as the test suite's (the pom's surefire settings). */
  private static void headlessUnlessTold() {
    if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("headless.geometry", "1920x1200-32");
    }
  }

  private static Path syntheticBook() throws IOException {
    Path file = Files.createTempDirectory("keel-fxpause").resolve("book-10000.json");
    PortfolioFiles.write(file, SyntheticBook.generate(10_000, 20, 42), false);
    file.toFile().deleteOnExit();
    return file;
  }

  private void run(int rounds) throws Exception {
    Path prefs = Files.createTempDirectory("keel-fxpause-prefs").resolve("prefs.json");
    Thread fxThread =
        onFx(
            () -> {
              FakePrompts prompts = new FakePrompts();
              prompts.answer = DocumentViewModel.UnsavedChoice.DISCARD;
              viewModel = new WorkstationViewModel(new BackgroundTaskRunner(), prompts, prefs);
              scene = new Scene(new MainWindow(viewModel, CLOCK).root(), 1440, 900);
              scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
              Stage stage = new Stage();
              stage.setScene(scene);
              stage.show();
              stage.setX(0);
              stage.setY(0);
              return Thread.currentThread();
            });
    sampler = new PauseSampler(fxThread, stacks);
    // as the window starts (KeelApp): on the first sample, before a trader opens the big book
    phase("start on the first sample", () -> viewModel.start(List.of()), this::allShown);
    for (int round = 1; round <= rounds; round++) {
      steps(rounds == 1 ? "" : " (round " + round + ")");
    }
    sampler.stop();
  }

  private void steps(String round) throws Exception {
    HoldingsViewModel holdings = viewModel.holdings();
    ProposalViewModel proposal = viewModel.proposal();
    phase("open the book" + round, () -> viewModel.document().open(book), this::allShown);
    phase("sort holdings by Drift" + round, () -> sortTree("Drift", false), () -> true);
    phase("then by Value" + round, () -> sortTree("Value", true), () -> true);
    phase("search \"us001\"" + round, () -> holdings.searchProperty().set("us001"), () -> true);
    phase("clear the search" + round, () -> holdings.searchProperty().set(""), () -> true);
    phase(
        "filter by account" + round,
        () -> holdings.accountProperty().set(holdings.accounts().get(3)),
        () -> true);
    phase(
        "and by class" + round,
        () -> holdings.assetClassProperty().set(holdings.classes().get(2)),
        () -> true);
    phase(
        "clear the filters" + round,
        () -> {
          holdings.accountProperty().set(HoldingsViewModel.ALL);
          holdings.assetClassProperty().set(HoldingsViewModel.ALL);
        },
        () -> true);
    phase("edit a band (drift and proposal again)" + round, this::editBand, this::allShown);
    phase("sort trades by Notional" + round, () -> sortTrades("Notional"), () -> true);
    phase(
        "Space on 2,700 selected trades" + round,
        () ->
            proposal.toggleApproval(
                proposal.rows().stream().limit(2_700).map(r -> r.trade().id()).toList()),
        this::allShown);
    phase("approve all" + round, proposal::approveAll, this::allShown);
    phase("undo the band" + round, () -> viewModel.document().undo(), this::allShown);
  }

  /** Every figure of the window is current: the drift, the proposal and its totals. */
  private boolean allShown() {
    HoldingsViewModel holdings = viewModel.holdings();
    ProposalViewModel proposal = viewModel.proposal();
    return !viewModel.document().busyProperty().get()
        && holdings.reportProperty().get() != null
        && !holdings.staleProperty().get()
        && !holdings.computingProperty().get()
        && proposal.reviewProperty().get() != null
        && !proposal.staleProperty().get()
        && !proposal.computingProperty().get()
        && !proposal.totals().staleProperty().get();
  }

  private void editBand() {
    DriftRow row =
        viewModel.holdings().reportProperty().get().rows().stream()
            .filter(r -> r.kind() == RowKind.INSTRUMENT && r.targetWeight() != null)
            .findFirst()
            .orElseThrow();
    viewModel
        .holdings()
        .edits()
        .editBand(row, "2")
        .ifPresent(
            error -> {
              throw new IllegalStateException(error);
            });
  }

  @SuppressWarnings("unchecked")
  private void sortTree(String title, boolean add) {
    TreeTableView<Object> tree = (TreeTableView<Object>) scene.lookup("#drift-table");
    TreeTableColumn<Object, ?> column =
        tree.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    column.setSortType(TreeTableColumn.SortType.DESCENDING);
    if (!add) {
      tree.getSortOrder().clear();
    }
    tree.getSortOrder().add(column);
  }

  @SuppressWarnings("unchecked")
  private void sortTrades(String title) {
    TableView<Object> trades = (TableView<Object>) scene.lookup("#trades");
    TableColumn<Object, ?> column =
        trades.getColumns().stream()
            .filter(c -> title.equals(c.getText()))
            .findFirst()
            .orElseThrow();
    column.setSortType(TableColumn.SortType.DESCENDING);
    trades.getSortOrder().setAll(List.of(column));
  }

  /** The deepest nodes that ask for a layout, by class and id: what keeps a window busy. */
  private static List<String> needingLayout(javafx.scene.Parent parent) {
    List<String> found = new java.util.ArrayList<>();
    for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof javafx.scene.Parent inner && inner.isNeedsLayout()) {
        List<String> deeper = needingLayout(inner);
        found.addAll(deeper.isEmpty() ? List.of(path(inner)) : deeper);
      }
    }
    return found;
  }

  /** The progress indicators whose animation may run: indeterminate, by their own visibility. */
  private static List<String> spinning(javafx.scene.Parent parent) {
    List<String> found = new java.util.ArrayList<>();
    for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof javafx.scene.control.ProgressIndicator progress
          && progress.isIndeterminate()) {
        boolean shown = true;
        for (javafx.scene.Node at = progress; at != null; at = at.getParent()) {
          shown &= at.isVisible();
        }
        found.add(path(progress) + " visible=" + progress.isVisible() + " shown=" + shown);
      }
      if (child instanceof javafx.scene.Parent inner) {
        found.addAll(spinning(inner));
      }
    }
    return found;
  }

  private static String path(javafx.scene.Node node) {
    StringBuilder path = new StringBuilder();
    for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
      path.insert(
          0, "/" + at.getClass().getSimpleName() + (at.getId() == null ? "" : "#" + at.getId()));
    }
    return path.toString();
  }

  /**
   * One step: {@code action} on the JavaFX thread, then waits for {@code done} and for the thread
   * to be quiet again, so the pulses that show the result count in the step.
   */
  private void phase(String name, Runnable action, BooleanSupplier done) throws Exception {
    sampler.begin(name);
    long start = System.nanoTime();
    Platform.runLater(action);
    while (!onFx(done::getAsBoolean)) {
      Thread.sleep(20);
      if (System.nanoTime() - start > PHASE_LIMIT_NANOS) {
        throw new IllegalStateException(name + ": not done within a minute");
      }
    }
    long took = System.nanoTime() - start;
    long quietFrom;
    boolean quiet;
    do {
      quietFrom = System.nanoTime();
      Thread.sleep(SETTLE_MILLIS);
      quiet = sampler.longestSince(quietFrom) <= QUIET_NANOS;
    } while (!quiet && System.nanoTime() - start - took < SETTLE_LIMIT_NANOS);
    if (!quiet && Boolean.getBoolean("fxpause.dirty")) {
      for (int look = 0; look < 3; look++) {
        System.err.println(
            name + ": laid out again: " + onFx(() -> needingLayout(scene.getRoot())));
        System.err.println(name + ": spinning: " + onFx(() -> spinning(scene.getRoot())));
        Thread.sleep(200);
      }
    }
    if (!quiet) {
      System.err.println(
          name
              + ": the JavaFX thread was still busy "
              + SETTLE_LIMIT_NANOS / 1_000_000
              + " ms after the step was done");
    }
    PauseSampler.Phase ended = sampler.end();
    ended.tookNanos = took;
    phases.add(ended);
    System.err.printf(
        Locale.ROOT,
        "%s: longest pause %.1f ms, done after %.0f ms%n",
        name,
        millis(ended.longest()),
        millis(took));
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get(PHASE_LIMIT_NANOS, TimeUnit.NANOSECONDS);
  }

  private void print() {
    System.out.println();
    System.out.println("Book: " + book.getFileName() + ", JVM " + Runtime.version());
    System.out.println(
        "| step | longest pause, ms | without a collection | with one | pauses > 16 ms | > 50 ms"
            + " | blocked, ms | FX-thread CPU, ms | done after, ms |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (PauseSampler.Phase phase : phases) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f | %d | %d | %.0f | %.0f | %.0f |%n",
          phase.name,
          millis(phase.longest()),
          millis(phase.longestWithoutCollection()),
          millis(phase.longestWithCollection()),
          phase.countOver(PauseSampler.FRAME_NANOS),
          phase.countOver(PauseSampler.TARGET_NANOS),
          millis(phase.blocked()),
          millis(phase.cpu()),
          millis(phase.tookNanos));
    }
    if (stacks) {
      for (PauseSampler.Phase phase : phases) {
        System.out.println();
        System.out.println("== " + phase.name + ": stacks seen while a probe was over 16 ms late");
        phase.topStacks(6).forEach(e -> System.out.println(e.getValue() + " × " + e.getKey()));
        System.out.println("-- the methods most often on the stack, of " + phase.samples);
        phase
            .topMethods(60)
            .forEach(e -> System.out.printf(Locale.ROOT, "%5d  %s%n", e.getValue(), e.getKey()));
      }
    }
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
