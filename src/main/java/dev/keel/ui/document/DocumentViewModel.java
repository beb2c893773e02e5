package dev.keel.ui.document;

import dev.keel.io.FileProblem;
import dev.keel.io.InputFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.io.csv.HoldingsCsvImporter;
import dev.keel.io.export.OrderExport;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.History;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open portfolio as a document. Files are read and written on the files lane of the task
 * runner, never on the JavaFX thread; opening another file cancels the open under way. A file that
 * fails to open leaves the current document as it was, edits included, and lists its problems.
 * Edits go through {@link #edit} and can be undone and redone; the document is unsaved while its
 * portfolio is not the one last read or saved. While a save runs, opening another file, importing
 * and closing the window wait for it and then go on, so a save is never lost or overwritten.
 */
public final class DocumentViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);

  /** What the user wants done with unsaved edits before they would be lost. */
  public enum UnsavedChoice {
    SAVE,
    DISCARD,
    CANCEL
  }

  /** Questions only the user can answer; the window asks them in dialogs, tests answer at once. */
  public interface Prompts {
    /** Unsaved edits to {@code documentName} would be lost: save, discard or cancel? */
    UnsavedChoice unsavedChanges(String documentName);

    /** Where to save a document that has no file yet; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String suggestedName);
  }

  private final Prompts prompts;
  private final History<Portfolio> history = new History<>();
  private final ReadOnlyObjectWrapper<Portfolio> saved = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Keel");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
  private final ObservableList<FileProblem> readOnlyProblems =
      FXCollections.unmodifiableObservableList(problems);
  private final BooleanBinding dirty;

  /** The file being opened or imported: a newer one cancels it, edits and saves wait for it. */
  private final LatestTask reading;

  private final DocumentSaving saving;

  /** SHA-256 of the bytes last read or written, for export manifests. */
  private String savedSha256;

  /** Stands for the document shown; replaced when another opens (see {@link #shown()}). */
  private Object shown = new Object();

  public DocumentViewModel(TaskRunner runner, Prompts prompts) {
    this.prompts = prompts;
    this.reading = new LatestTask(runner, Lane.FILES);
    this.saving = new DocumentSaving(this, runner, prompts);
    busy.bind(reading.runningProperty().or(saving.savingProperty()));
    dirty =
        Bindings.createBooleanBinding(
            // the same one first: back at the saved book by undo, without comparing every position
            () ->
                history.current() != null
                    && history.current() != saved.get()
                    && !history.current().equals(saved.get()),
            history.currentProperty(),
            saved);
    title.bind(
        Bindings.createStringBinding(
            () -> name.get().isEmpty() ? "Keel" : (dirty.get() ? "*" : "") + name.get() + " - Keel",
            name,
            dirty));
  }

  // ---- opening --------------------------------------------------------------------------------

  /** Opens a portfolio file, after asking about unsaved edits. */
  public void open(Path path) {
    String fileName = path.getFileName().toString();
    load(fileName, path, () -> PortfolioFiles.open(path));
  }

  /** Opens a sample bundled with Keel, by file name; it has no file to save to. */
  public void openSample(String sampleName) {
    load(sampleName, null, () -> PortfolioFiles.openSample(sampleName));
  }

  /** Imports holdings from a CSV file as a new, unsaved document. */
  public void importHoldings(Path csv, HoldingsCsvImporter.Options options) {
    if (!mayReplace("importing " + csv.getFileName(), () -> importHoldings(csv, options))) {
      return;
    }
    status.set("Importing " + csv.getFileName() + "…");
    reading.submit(
        () -> new HoldingsCsvImporter().importFile(csv, options),
        result -> {
          if (!result.isOk()) {
            failed(csv.getFileName().toString(), result);
            return;
          }
          String imported = options.name() + ".json";
          show(result.get(), imported, null, null);
          saved.set(null); // nothing on disk yet: unsaved until saved
          status.set(
              "Imported "
                  + result.get().positions().size()
                  + " positions from "
                  + csv.getFileName()
                  + "; set targets, then save");
        },
        error -> unexpected("importing " + csv.getFileName(), error));
  }

  private void load(String displayName, Path path, Callable<PortfolioFiles.Opened> read) {
    if (!mayReplace("opening " + displayName, () -> load(displayName, path, read))) {
      return;
    }
    status.set("Opening " + displayName + "…");
    reading.submit(
        read,
        opened -> {
          if (!opened.result().isOk()) {
            failed(displayName, opened.result());
            return;
          }
          show(opened.result().get(), displayName, path, opened.sha256());
          status.set("Opened " + displayName + warningsText(opened.result()));
        },
        error -> unexpected("opening " + displayName, error));
  }

  /** Whether a file is being opened or imported; edits and saves wait for it. */
  private boolean waitingForFile() {
    if (!reading.isRunning()) {
      return false;
    }
    status.set("Wait until the file has opened");
    return true;
  }

  /** Puts away the problems of a file that failed to open: the trader has read them. */
  public void dismissProblems() {
    problems.clear();
  }

  private void show(Portfolio portfolio, String displayName, Path path, String sha256) {
    problems.clear();
    shown = new Object();
    savedSha256 = sha256;
    file.set(path);
    name.set(displayName);
    history.reset(portfolio);
    saved.set(portfolio);
  }

  /** The warnings of a file that opened, for the status line: empty when there are none. */
  private static String warningsText(ReadResult<Portfolio> result) {
    List<FileProblem> warnings = result.warnings();
    if (warnings.isEmpty()) {
      return "";
    }
    return "; "
        + warnings.size()
        + (warnings.size() == 1 ? " warning: " : " warnings, the first: ")
        + warnings.get(0);
  }

  private void failed(String displayName, ReadResult<Portfolio> result) {
    problems.setAll(result.problems());
    status.set(
        "Could not open "
            + displayName
            + ": "
            + result.problems().size()
            + (result.problems().size() == 1 ? " problem" : " problems")
            + "; "
            + (history.current() == null
                ? "no portfolio is open"
                : "the current portfolio stays open"));
    LOG.info("could not open {}: {}", displayName, result.problems());
  }

  /**
   * Whether the window may close now, after asking about unsaved edits. While a save runs the
   * answer is no and {@code closeAgain} is run once it has ended well; a save that fails keeps the
   * window open, and the status line says why.
   */
  public boolean mayClose(Runnable closeAgain) {
    return mayReplace("closing the window", closeAgain);
  }

  /**
   * Whether the document may be replaced now. While a save runs nothing is asked: the answer is no,
   * and {@code again} is run once the save has ended well (it asks again, so edits made meanwhile
   * are not lost). With unsaved edits the user is asked; Save is an ordinary save on the files
   * lane, waited for the same way.
   *
   * @param then what waits, for the status line ("opening stocks.json")
   */
  private boolean mayReplace(String then, Runnable again) {
    if (saving.isSaving()) {
      waitForSaves(then, again);
      return false;
    }
    if (!dirty.get()) {
      return true;
    }
    return switch (prompts.unsavedChanges(name.get())) {
      case DISCARD -> true;
      case CANCEL -> false;
      case SAVE -> {
        saving.save();
        if (saving.isSaving()) {
          waitForSaves(then, again);
          yield false;
        }
        yield !dirty.get(); // saved already (a runner that works at once), or not saved at all
      }
    };
  }

  private void waitForSaves(String then, Runnable again) {
    saving.afterSaves(again);
    status.set("Saving " + saving.savingName() + "…; then " + then);
  }

  // ---- editing --------------------------------------------------------------------------------

  /** Replaces the portfolio with an edited one; the edit can be undone. */
  public void edit(Portfolio edited, String description) {
    if (waitingForFile() || edited.equals(history.current())) {
      return;
    }
    history.push(edited, description);
    status.set(description);
  }

  public void undo() {
    history.undo().ifPresent(what -> status.set("Undone: " + what));
  }

  public void redo() {
    history.redo().ifPresent(what -> status.set("Redone: " + what));
  }

  // ---- saving ---------------------------------------------------------------------------------

  /**
   * Saves to the document's file, or asks where when it has none (a sample or an import). The write
   * is atomic: the file is replaced whole or not at all.
   */
  public void save() {
    if (!waitingForFile()) {
      saving.save();
    }
  }

  /** Asks for a file and saves there. */
  public void saveAs() {
    if (!waitingForFile()) {
      saving.saveAs();
    }
  }

  /**
   * Stands for the document shown: the same object until another file opens or is imported, so a
   * save that ends after that knows its file is no longer the document's, and the rebalance
   * settings know when they are another book's.
   */
  public Object shown() {
    return shown;
  }

  /** Records that {@code portfolio} is now in {@code target}, whose bytes digest to the SHA. */
  void markSaved(Path target, Portfolio portfolio, String sha256) {
    file.set(target);
    name.set(target.getFileName().toString());
    savedSha256 = sha256;
    saved.set(portfolio);
    status.set("Saved " + target);
  }

  void unexpected(String doing, Throwable error) {
    LOG.error("unexpected error while {}", doing, error);
    status.set("Unexpected error while " + doing + ": " + error + " (details in the log)");
  }

  // ---- for exports ----------------------------------------------------------------------------

  /**
   * Where the open portfolio came from, for an export manifest: the file and the digest of its
   * bytes; with unsaved edits, the digest of the portfolio as it would be saved, and the name says
   * so.
   */
  public OrderExport.Source exportSource() {
    Portfolio current = history.current();
    // the portfolio's own file is never replaced by an export of it
    InputFiles inputs = file.get() == null ? InputFiles.NONE : InputFiles.of(List.of(file.get()));
    if (!dirty.get() && savedSha256 != null) {
      return new OrderExport.Source(name.get(), savedSha256, inputs);
    }
    return new OrderExport.Source(
        name.get() + " (unsaved edits)", PortfolioFiles.digest(current), inputs);
  }

  // ---- state ----------------------------------------------------------------------------------

  /** The portfolio as edited, {@code null} before the first open. */
  public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
    return history.currentProperty();
  }

  public Portfolio portfolio() {
    return history.current();
  }

  public History<Portfolio> history() {
    return history;
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** The file name, with {@code *} in front while there are unsaved edits, and "- Keel". */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** One line on what was just done, for the status bar. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Sets the status line, for what other view-models report. */
  public void report(String message) {
    status.set(message);
  }

  /** True while a file is being read or written (an open, an import or a save). */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Problems of the last file that failed to open; empty after a successful open. */
  public ObservableList<FileProblem> problems() {
    return readOnlyProblems;
  }
}
