package dev.keel.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A folder the orders are written in, made when it is missing, and removed again, with every parent
 * made for it, when nothing was written in it: a failed export leaves no empty folder behind.
 */
final class OutFolder {
  /** The folders made, the outermost first. */
  private final List<Path> made;

  private OutFolder(List<Path> made) {
    this.made = List.copyOf(made);
  }

  /** Makes the folder and any missing parent; an empty path is the working folder. */
  static OutFolder make(Path folder) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path each = folder.toAbsolutePath().normalize();
        each != null && !Files.exists(each, LinkOption.NOFOLLOW_LINKS);
        each = each.getParent()) {
      missing.add(0, each);
    }
    OutFolder made = new OutFolder(missing);
    try {
      Files.createDirectories(folder.toAbsolutePath().normalize());
    } catch (IOException e) {
      made.removeIfEmpty(); // the parents it did make
      throw e;
    }
    return made;
  }

  /**
   * Removes the folders made, innermost first, as long as they are empty; one that holds a file
   * stays, with its parents.
   */
  void removeIfEmpty() {
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (DirectoryNotEmptyException e) {
        return; // something was written in it: it stays
      } catch (IOException e) {
        return; // it cannot be removed; neither can its parents, which hold it
      }
    }
  }

  /**
   * Why {@code --out} cannot be the folder of an export of several files, or {@code null} when it
   * can: a path that does not exist and is named like an orders file ({@code .csv}, {@code .json})
   * would become a folder of that name, which is surely not what was meant.
   *
   * @param what what is written: "this export writes 2 order files", "several portfolios are given"
   */
  static String refusal(Path out, String what) {
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) || out.getFileName() == null) {
      return null;
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".json")) {
      return null;
    }
    String folder = out.getFileName().toString().replaceFirst("(?i)\\.(csv|json)$", "");
    return "--out "
        + out
        + " is named like a file, but "
        + what
        + ": name a folder for them (it is made if missing), such as --out "
        + out.resolveSibling(folder.isEmpty() ? "orders" : folder)
        + ", or write every order in one file with --format generic, ibkr or ccxt";
  }
}
