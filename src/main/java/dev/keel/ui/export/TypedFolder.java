package dev.keel.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A folder as typed in the export dialog: the absolute path the text names, or why it names none.
 * Only the text is read here, never the disk; whether the folder exists and may be written in is
 * asked on the files lane ({@link FolderLook}).
 *
 * <p>A relative path is refused, not resolved: against the portfolio's folder or the folder Keel
 * was started in would be a guess the trader does not see, and orders must land where the trader
 * thinks they do. {@code ~} and environment variables are not expanded either (that is the shell's
 * work, and Keel is not started from one); the message says so, since a shell user will try them.
 *
 * @param path the folder, or {@code null} when the text names none
 * @param problem why the text names no folder, said with what to type; empty when it names one
 */
record TypedFolder(Path path, String problem) {

  /** What the text names, with nothing but the text looked at. */
  static TypedFolder parse(String text) {
    if (text == null || text.isBlank()) {
      return refused("Folder: type the folder to write the orders in, or press Choose…");
    }
    if (text.startsWith("~")) {
      return refused(
          "Folder: "
              + text
              + ": ~ is not expanded to the home folder: type the whole path, from the root");
    }
    if (text.startsWith("$") || text.startsWith("%")) {
      return refused(
          "Folder: "
              + text
              + ": environment variables are not expanded: type the whole path, from the root");
    }
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      return refused("Folder: " + text + " is not a path: " + e.getReason());
    }
    if (!path.isAbsolute()) {
      return refused("Folder: " + text + " is a relative path: type the whole path, from the root");
    }
    return new TypedFolder(path, "");
  }

  private static TypedFolder refused(String problem) {
    return new TypedFolder(null, problem);
  }
}
