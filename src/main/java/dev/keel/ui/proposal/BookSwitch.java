package dev.keel.ui.proposal;

import dev.keel.model.Portfolio;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.CashFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which book the rebalance settings belong to, and what a book gets when it opens: the {@link
 * BookSettings} remembered for its file, or the defaults, with the sentence that says which. A
 * remembered cash flow whose account the book no longer has is reset, never moved to another
 * account.
 */
final class BookSwitch {
  private static final String RESET = "Cash flow and mode reset for this book: ";
  private static final String RESTORED = "Settings of this book restored: ";

  /** The settings a book opens with, and the note on where they came from. */
  record Arrival(BookSettings settings, String note) {}

  private final DocumentViewModel document;
  private final BookSettingsMemory memory;

  /** The document shown whose book the settings are ({@link DocumentViewModel#shown()}). */
  private Object book;

  /** That book's file, absolute and normalised; {@code null} for a sample or an import. */
  private Path file;

  BookSwitch(DocumentViewModel document, BookSettingsMemory memory) {
    this.document = document;
    this.memory = memory;
    this.book = document.shown();
    this.file = fileShown();
  }

  /** Whether the document now shows another book than the one the settings are of. */
  boolean isAnotherBook() {
    return document.shown() != book;
  }

  /** The document's file changed: if the book is the same, it was saved under another name. */
  void fileChanged() {
    if (!isAnotherBook()) {
      file = fileShown();
    }
  }

  /** Remembers the settings of the book they belong to (one without a file keeps none). */
  void remember(BookSettings settings) {
    if (file != null) {
      memory.remember(file, settings);
    }
  }

  /**
   * Leaves the book with {@code leaving} remembered for it and takes the one shown now, whose
   * {@code accounts} a cash flow may go to.
   */
  Arrival switchBook(BookSettings leaving, Portfolio arriving, List<String> accounts) {
    remember(leaving);
    book = document.shown();
    file = fileShown();
    if (arriving == null) {
      return new Arrival(BookSettings.DEFAULTS, "");
    }
    if (file == null) {
      return new Arrival(
          BookSettings.DEFAULTS,
          RESET + "it has no file to remember them by (Save as keeps them with one)");
    }
    Optional<BookSettings> remembered = memory.recall(file);
    if (remembered.isEmpty()) {
      return new Arrival(BookSettings.DEFAULTS, RESET + "none were remembered for its file");
    }
    BookSettings settings = remembered.get();
    String currency = arriving.baseCurrency();
    if (settings.cashFlow() != CashFlow.NONE && !accounts.contains(settings.account())) {
      return new Arrival(
          settings.withoutCashFlow(),
          RESTORED
              + settings.modeWords()
              + "; its "
              + settings.cashFlowWords(currency)
              + " was reset, as this book has no account "
              + settings.account()
              + ": set the cash flow again");
    }
    return new Arrival(
        settings, RESTORED + settings.cashFlowWords(currency) + ", " + settings.modeWords());
  }

  private Path fileShown() {
    Path shown = document.fileProperty().get();
    return shown == null ? null : shown.toAbsolutePath().normalize();
  }
}
