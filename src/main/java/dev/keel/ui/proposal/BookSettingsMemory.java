package dev.keel.ui.proposal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the settings of each book are kept between its visits, by the book's file (an absolute,
 * normalised path). The window keeps them in its preferences file; {@link #forThisSession()} keeps
 * them until the program ends.
 */
public interface BookSettingsMemory {
  /** The settings last left on the book in {@code file}, if any are remembered. */
  Optional<BookSettings> recall(Path file);

  /** Remembers the settings left on the book in {@code file}. */
  void remember(Path file, BookSettings settings);

  /** A memory of the last {@value #SESSION_BOOKS} books, lost when the program ends. */
  static BookSettingsMemory forThisSession() {
    Map<Path, BookSettings> books =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Path, BookSettings> eldest) {
            return size() > SESSION_BOOKS;
          }
        };
    return new BookSettingsMemory() {
      @Override
      public Optional<BookSettings> recall(Path file) {
        return Optional.ofNullable(books.get(file));
      }

      @Override
      public void remember(Path file, BookSettings settings) {
        books.put(file, settings);
      }
    };
  }

  /** How many books {@link #forThisSession()} remembers. */
  int SESSION_BOOKS = 20;
}
