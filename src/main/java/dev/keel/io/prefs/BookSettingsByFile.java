package dev.keel.io.prefs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings each of the last few books was left with, by the book's file (absolute and
 * normalised), the most recently left first, at most {@value #MAX_BOOKS}. What the settings mean
 * belongs to the UI, not to this class.
 *
 * @param byFile file to settings (key to value), in the order kept
 */
public record BookSettingsByFile(Map<String, Map<String, String>> byFile) {
  /** How many books' settings are remembered; the one left longest ago drops off. */
  public static final int MAX_BOOKS = 20;

  /** No book's settings. */
  public static final BookSettingsByFile NONE = new BookSettingsByFile(Map.of());

  /**
   * Keeps the first {@value #MAX_BOOKS} books in their order, each map in its own.
   *
   * @throws NullPointerException when a file, a key or a value is null
   */
  public BookSettingsByFile {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> book : byFile.entrySet()) {
      if (copy.size() == MAX_BOOKS) {
        break;
      }
      copy.put(
          Objects.requireNonNull(book.getKey(), "book file"),
          WorkstationPrefs.ordered(book.getValue()));
    }
    byFile = Collections.unmodifiableMap(copy);
  }

  /** The settings remembered for the book in {@code file}, if any. */
  public Optional<Map<String, String>> of(Path file) {
    return Optional.ofNullable(byFile.get(WorkstationPrefs.key(file)));
  }

  /** A copy with {@code settings} first, for the book in {@code file}. */
  public BookSettingsByFile with(Path file, Map<String, String> settings) {
    Map<String, Map<String, String>> books = new LinkedHashMap<>();
    String key = WorkstationPrefs.key(file);
    books.put(key, settings);
    byFile.forEach(books::putIfAbsent);
    return new BookSettingsByFile(books);
  }

  /** Reads {@code [{"file": ..., "settings": {...}}, ...]}; an entry that is not one is skipped. */
  static BookSettingsByFile read(JsonNode node) {
    Map<String, Map<String, String>> books = new LinkedHashMap<>();
    if (node != null && node.isArray()) {
      for (JsonNode book : node) {
        JsonNode file = book.get("file");
        if (file != null && file.isTextual() && !file.textValue().isBlank()) {
          books.putIfAbsent(file.textValue(), PrefsJson.settings(book.get("settings")));
        }
      }
    }
    return new BookSettingsByFile(books);
  }

  void write(ArrayNode books) {
    byFile.forEach(
        (file, settings) -> {
          ObjectNode book = books.addObject();
          book.put("file", file);
          settings.forEach(book.putObject("settings")::put);
        });
  }
}
