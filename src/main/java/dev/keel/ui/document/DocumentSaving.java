package dev.keel.ui.document;

import dev.keel.io.AtomicFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.ValidationProblem;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving the open document: the check that the file would open again, the atomic write on the files
 * lane, and the question of where when the document has no file yet. A save is never cancelled or
 * superseded: each one runs to its end, in the order asked, and every save goes this one way, so a
 * file never has two writers. What must wait for the saves under way (opening another file, closing
 * the window) is run once they have ended well.
 */
final class DocumentSaving {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentSaving.class);

  private final DocumentViewModel document;
  private final TaskRunner runner;
  private final DocumentViewModel.Prompts prompts;
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

  /** Saves started and not yet finished: saving while above zero. */
  private int underWay;

  /** The file name of the latest save started, for the status line. */
  private String savingName = "";

  /** What waits for the saves under way to end, {@code null} when nothing does. */
  private Runnable afterSaves;

  /** Whether a save failed since {@link #afterSaves} began to wait: then it is dropped. */
  private boolean failedWhileWaiting;

  DocumentSaving(DocumentViewModel document, TaskRunner runner, DocumentViewModel.Prompts prompts) {
    this.document = document;
    this.runner = runner;
    this.prompts = prompts;
  }

  /** Saves to the document's file, or asks where when it has none (a sample or an import). */
  void save() {
    if (!savable()) {
      return;
    }
    Path file = document.fileProperty().get();
    if (file == null) {
      saveAs();
      return;
    }
    write(file);
  }

  /** Asks for a file and saves there. */
  void saveAs() {
    if (savable()) {
      prompts.chooseSaveFile(document.nameProperty().get()).ifPresent(this::write);
    }
  }

  /**
   * Whether the portfolio as edited would open again: Keel reads files strictly, so a file whose
   * targets do not add up is not written. Says why in the status line when not.
   */
  private boolean savable() {
    List<ValidationProblem> problems = PortfolioValidator.DEFAULT.validate(document.portfolio());
    if (problems.isEmpty()) {
      return true;
    }
    document.report(
        "Not saved: "
            + problems.get(0).message()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")
            + "; fix it first, the file would not open again");
    return false;
  }

  /** Writes atomically on the files lane: the file is replaced whole or not at all. */
  private void write(Path target) {
    Portfolio portfolio = document.portfolio();
    Object shown = document.shown();
    underWay++;
    saving.set(true);
    savingName = target.getFileName().toString();
    document.report("Saving " + savingName + "…");
    runner.submit(
        Lane.FILES,
        () -> PortfolioFiles.write(target, portfolio, true),
        sha256 -> {
          boolean shownSaved = false; // until then, what waits for the save is dropped
          try {
            if (document.shown() == shown) {
              document.markSaved(target, portfolio, sha256);
            } else {
              document.report("Saved " + target); // another file has been opened since
            }
            shownSaved = true;
          } finally { // whatever happens, saving ends: else everything would wait for it
            finished(shownSaved);
          }
        },
        error -> {
          try {
            if (error instanceof IOException io) {
              failed(target, io);
            } else {
              document.unexpected("saving " + target.getFileName(), error);
            }
          } finally {
            finished(false);
          }
        });
  }

  /**
   * Runs {@code action} once the saves under way have ended, if they all ended well; a later call
   * replaces an earlier one (the latest wish counts). If a save fails, its message stays in the
   * status line and the action is dropped: the edits are not saved, so nothing may replace them.
   */
  void afterSaves(Runnable action) {
    if (afterSaves == null) {
      failedWhileWaiting = false;
    }
    afterSaves = action;
  }

  /** After a save's result has been shown: runs what waited, once the last save has ended. */
  private void finished(boolean wellDone) {
    underWay--;
    saving.set(underWay > 0);
    failedWhileWaiting |= !wellDone;
    if (underWay > 0 || afterSaves == null) {
      return;
    }
    Runnable waiting = afterSaves;
    afterSaves = null;
    if (!failedWhileWaiting) {
      waiting.run();
    }
  }

  private void failed(Path target, IOException e) {
    LOG.warn("could not save {}", target, e);
    document.report(
        "Could not save "
            + target.getFileName()
            + ": "
            + AtomicFiles.describe(e)
            + "; your edits are kept, nothing was written");
  }

  /** True while a save is under way. */
  ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  boolean isSaving() {
    return saving.get();
  }

  /** The file name of the latest save started. */
  String savingName() {
    return savingName;
  }
}
