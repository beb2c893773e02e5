package dev.keel.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written file:
 * the bytes go to a temporary file in the same directory, are flushed to disk, and the temporary
 * file is then renamed over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code target} atomically.
   *
   * @param overwrite whether an existing target may be replaced
   * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
   * @throws IOException when the directory is missing or not writable, or the disk is full; the
   *     target is then unchanged and no temporary file is left behind
   */
  public static void write(Path target, byte[] content, boolean overwrite) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (!overwrite && Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString(), null, "file exists");
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepPermissions(temporary, absolute); // after writing: the old file may be read-only
      move(temporary, absolute, overwrite);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** What went wrong in a write, said so that the user knows what to do. */
  public static String describe(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "the file exists";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: choose another folder or check its permissions";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the folder does not exist: create it or choose another";
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("No space left")) {
      return "the disk is full: free some space or choose another disk";
    }
    return message;
  }

  /**
   * Gives the temporary file the permissions of the file it replaces, or ordinary {@code rw-r--r--}
   * for a new file (a temporary file starts private, {@code rw-------}).
   */
  private static void keepPermissions(Path temporary, Path target) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }

  private static void move(Path from, Path to, boolean overwrite) throws IOException {
    if (!overwrite) {
      // Files.move with ATOMIC_MOVE may replace an existing file; a hard link never does, so the
      // check above and the rename cannot race with another writer.
      try {
        Files.createLink(to, from);
        return;
      } catch (UnsupportedOperationException | IOException e) {
        if (e instanceof FileAlreadyExistsException) {
          throw e;
        }
        // The file system has no hard links: fall back to a plain, non-replacing move.
        Files.move(from, to);
        return;
      }
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
