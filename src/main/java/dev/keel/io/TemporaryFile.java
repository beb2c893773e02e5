package dev.keel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The temporary file of one target of an atomic write: its new content in a new file beside it,
 * flushed to disk, with the permissions of the file it will replace, ready to be renamed over it.
 */
final class TemporaryFile {
  private TemporaryFile() {}

  /**
   * Writes the bytes to a new temporary file beside the target, flushed to disk; on failure it is
   * removed again.
   */
  static Path beside(Path target, byte[] content, AtomicFiles.Disk disk) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      disk.write(temporary, content);
      keepPermissions(temporary, target); // after writing: the old file may be read-only
      return temporary;
    } catch (IOException | RuntimeException e) {
      disk.deleteAfter(e, temporary);
      throw e;
    }
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
        Files.isRegularFile(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }
}
