package dev.keel.ui;

import dev.keel.io.LocalFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the window's start for the benchmark script ({@code src/bench/window-startup.sh}): with
 * {@code -Dkeel.measure=FILE}, appends to FILE the milliseconds from the JVM's start to the first
 * shown window, to the holdings table filled, and to the first proposal; then, with {@code
 * -Dkeel.measure.exit=true}, closes the window. Without the property it does nothing. Durations
 * come from the JVM's uptime and {@link System#nanoTime()}, never from the time of day.
 */
final class StartupProbe {
  private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

  private final Path file;
  private final boolean exit = Boolean.getBoolean("keel.measure.exit");
  private String then = System.getProperty("keel.measure.then");
  private final WorkstationViewModel viewModel;
  private boolean opening;
  private long openStarted;
  private boolean tableShown;
  private boolean proposalShown;

  private StartupProbe(Path file, WorkstationViewModel viewModel) {
    this.file = file;
    this.viewModel = viewModel;
  }

  /** Starts measuring if asked to; call right after the window is shown. */
  static void attach(WorkstationViewModel viewModel) {
    String target = System.getProperty("keel.measure");
    if (target == null || target.isBlank()) {
      return;
    }
    StartupProbe probe = new StartupProbe(Path.of(target), viewModel);
    probe.record("window shown", upMillis());
    viewModel
        .document()
        .busyProperty()
        .addListener(
            (obs, was, busy) -> {
              if (busy) {
                probe.opening = true;
                probe.openStarted = System.nanoTime();
                probe.tableShown = false;
                probe.proposalShown = false;
              }
            });
    viewModel
        .holdings()
        .reportProperty()
        // the table fills on the next pulse: measure after it
        .addListener((obs, old, report) -> Platform.runLater(probe::tableShown));
    viewModel
        .proposal()
        .computingProperty()
        .addListener(
            (obs, was, computing) -> {
              if (!computing && viewModel.proposal().reviewProperty().get() != null) {
                probe.proposalShown();
              }
            });
  }

  private void tableShown() {
    if (!tableShown && opening) {
      tableShown = true;
      record(
          viewModel.document().nameProperty().get()
              + ": holdings table shown ("
              + viewModel.holdings().rows().size()
              + " lines, "
              + viewModel.document().portfolio().positions().size()
              + " positions)",
          sinceOpenMillis());
      next();
    }
  }

  private void proposalShown() {
    if (!proposalShown && opening) {
      proposalShown = true;
      record(
          viewModel.document().nameProperty().get()
              + ": proposal shown ("
              + viewModel.proposal().rows().size()
              + " trades)",
          sinceOpenMillis());
      next();
    }
  }

  /** Once both are shown: opens the next book, or closes the window. */
  private void next() {
    if (!tableShown || !proposalShown) {
      return;
    }
    if (then != null) {
      Path book = Path.of(then);
      then = null;
      viewModel.document().open(book);
    } else if (exit) {
      Platform.exit();
    }
  }

  private void record(String what, long millis) {
    String line =
        what
            + ": "
            + millis
            + " ms (JVM up "
            + upMillis()
            + " ms), heap used "
            + usedMb()
            + " MB\n";
    try {
      LocalFiles.append(file, line);
    } catch (IOException e) {
      LOG.warn("cannot write the start-up measurement to {}", file, e);
    }
  }

  /** Milliseconds since the JVM started. */
  private static long upMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private long sinceOpenMillis() {
    return (System.nanoTime() - openStarted) / 1_000_000;
  }

  private static long usedMb() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }
}
