package dev.keel.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The few questions the window asks of the disk outside a document: whether a path names a file or
 * a folder, whether a folder can be written in, and adding a line to a text file. The window
 * touches files only through {@code io}, so every read and write of the disk stays in one layer.
 */
public final class LocalFiles {
  private LocalFiles() {}

  /** Whether {@code path} names an existing regular file (not a folder). */
  public static boolean isFile(Path path) {
    return Files.isRegularFile(path);
  }

  /** Whether {@code path} names an existing folder. */
  public static boolean isFolder(Path path) {
    return Files.isDirectory(path);
  }

  /** What a path names, as a folder to write files in. */
  public enum FolderState {
    /** An existing folder that may be written in. */
    WRITABLE,
    /** An existing folder that this user may not write in. */
    NOT_WRITABLE,
    /** Nothing exists at the path. */
    MISSING,
    /** A regular file, not a folder. */
    FILE,
    /** Something that is neither a folder nor a regular file (a device, a socket, a pipe). */
    NOT_A_FOLDER
  }

  /**
   * What {@code path} names, as a folder to write in. Whether it may be written is what the file
   * system's permissions say; the write itself can still fail (a full disk, a read-only mount the
   * permissions do not show), and says so then.
   */
  public static FolderState folderState(Path path) {
    if (Files.isDirectory(path)) {
      return Files.isWritable(path) ? FolderState.WRITABLE : FolderState.NOT_WRITABLE;
    }
    if (Files.isRegularFile(path)) {
      return FolderState.FILE;
    }
    return Files.exists(path) ? FolderState.NOT_A_FOLDER : FolderState.MISSING;
  }

  /** Whether anything (file or folder) exists at {@code path}. */
  public static boolean exists(Path path) {
    return Files.exists(path);
  }

  /**
   * Appends {@code text} to the UTF-8 file {@code file}, creating it when missing.
   *
   * @throws IOException when the file cannot be created or written
   */
  public static void append(Path file, String text) throws IOException {
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
