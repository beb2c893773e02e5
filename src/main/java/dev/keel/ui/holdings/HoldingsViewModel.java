package dev.keel.ui.holdings;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.io.FileProblem;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the holdings view: the open portfolio, its drift lines, the problems of a file that
 * failed to open, and a status line. Opening an invalid file keeps the current portfolio.
 */
public final class HoldingsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(HoldingsViewModel.class);

  private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>();
  private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
  private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Keel");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  /** Opens a portfolio file; on failure the problems are listed and the current book stays. */
  public void open(Path file) {
    show(PortfolioFiles.read(file), file.getFileName().toString());
  }

  /** Opens a sample bundled with Keel, by file name. */
  public void openSample(String name) {
    show(PortfolioFiles.readSample(name), name);
  }

  private void show(ReadResult<Portfolio> result, String name) {
    if (!result.isOk()) {
      problems.setAll(result.problems());
      status.set(
          "Could not open "
              + name
              + ": "
              + result.problems().size()
              + " problem(s); "
              + (portfolio.get() == null
                  ? "no portfolio is open"
                  : "the current portfolio stays open"));
      LOG.info("could not open {}: {}", name, result.problems());
      return;
    }
    Portfolio opened = result.get();
    DriftReport drift;
    try {
      drift = DriftAnalyzer.DEFAULT.analyze(opened);
    } catch (RuntimeException e) {
      // a bug, not a user error: keep what is open and say where the details are
      LOG.error("drift analysis failed for {}", name, e);
      status.set("Unexpected error while analysing " + name + ": " + e + " (details in the log)");
      return;
    }
    problems.clear();
    portfolio.set(opened);
    report.set(drift);
    rows.setAll(drift.rows());
    title.set(name + " - Keel");
    status.set(summary(name, opened, drift));
  }

  private static String summary(String name, Portfolio opened, DriftReport drift) {
    int breached = drift.breached().size();
    int derivatives = drift.derivatives().size();
    return "Opened "
        + name
        + ": "
        + opened.positions().size()
        + " positions"
        + (derivatives == 0 ? "" : " (" + derivatives + " derivatives, not in the allocation)")
        + ", "
        + (!drift.targetsSet()
            ? "no targets set"
            : breached == 0 ? "all bands respected" : breached + " band(s) breached");
  }

  public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
    return portfolio.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<DriftReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** The drift lines of the open portfolio, in report order. */
  public ObservableList<DriftRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** Problems of the last file that failed to open; empty after a successful open. */
  public ObservableList<FileProblem> problems() {
    return FXCollections.unmodifiableObservableList(problems);
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
