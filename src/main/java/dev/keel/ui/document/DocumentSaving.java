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
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving the open document: the check that the file would open again, the atomic write on the files
 * lane, and the question of where when the document has no file yet. A save is never cancelled or
 * superseded: each one runs to its end, in the order asked.
 */
final class DocumentSaving {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentSaving.class);

  private final DocumentViewModel document;
  private final TaskRunner runner;
  private final DocumentViewModel.Prompts prompts;
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

  /** Saves started and not yet finished: saving while above zero. */
  private int underWay;

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

  /** Saves on the calling thread, for the unsaved-changes question; says whether it worked. */
  boolean saveNow() {
    if (!savable()) {
      return false;
    }
    Path file = document.fileProperty().get();
    Optional<Path> target =
        file != null ? Optional.of(file) : prompts.chooseSaveFile(document.nameProperty().get());
    if (target.isEmpty()) {
      return false;
    }
    Portfolio portfolio = document.portfolio();
    try {
      document.markSaved(
          target.get(), portfolio, PortfolioFiles.write(target.get(), portfolio, true));
      return true;
    } catch (IOException e) {
      failed(target.get(), e);
      return false;
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
    document.report("Saving " + target.getFileName() + "…");
    runner.submit(
        Lane.FILES,
        () -> PortfolioFiles.write(target, portfolio, true),
        sha256 -> {
          finished();
          if (document.shown() == shown) {
            document.markSaved(target, portfolio, sha256);
          } else {
            document.report("Saved " + target); // another file has been opened since
          }
        },
        error -> {
          finished();
          if (error instanceof IOException io) {
            failed(target, io);
          } else {
            document.unexpected("saving " + target.getFileName(), error);
          }
        });
  }

  private void finished() {
    underWay--;
    saving.set(underWay > 0);
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
}
