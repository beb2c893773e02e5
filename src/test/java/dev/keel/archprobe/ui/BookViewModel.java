package dev.keel.archprobe.ui;

import dev.keel.archprobe.io.BookFiles;
import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.market.Snapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;

/** Legal: a view-model with JavaFX properties and no scene graph. */
public final class BookViewModel {
  private final SimpleStringProperty drift = new SimpleStringProperty();

  public void show(Book book, Snapshot market) {
    drift.set(BookFiles.drift(book, market).toPlainString());
  }

  public ReadOnlyStringProperty driftProperty() {
    return drift;
  }
}
