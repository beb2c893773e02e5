package dev.keel.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written file:
 * the bytes go to a temporary file in the same directory, are flushed to disk, and the temporary
 * file is then renamed over the target. Several files can be written as one: all of them, or none.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * One file to write.
   *
   * @param target where it goes
   * @param content its bytes
   */
  public record Output(Path target, byte[] content) {
    public Output {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Some of the targets of a write exist and may not be replaced. Nothing was written.
   *
   * <p>{@link #getFile()} names the first, {@link #existing()} every one, as given.
   */
  public static final class TargetsExist extends FileAlreadyExistsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Path> existing;

    TargetsExist(List<Path> existing) {
      super(existing.get(0).toString(), null, "file exists");
      this.existing = List.copyOf(existing);
    }

    /** Every target that exists, in the order given. */
    public List<Path> existing() {
      return existing;
    }
  }

  /**
   * Writes {@code content} to {@code target} atomically.
   *
   * @param overwrite whether an existing target may be replaced
   * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
   * @throws IOException when the directory is missing or not writable, or the disk is full; the
   *     target is then unchanged and no temporary file is left behind
   */
  public static void write(Path target, byte[] content, boolean overwrite) throws IOException {
    writeAll(List.of(new Output(target, content)), overwrite);
  }

  /**
   * Writes every output, or none: each target is checked first, then every file goes to a temporary
   * file beside its target and is flushed to disk, and only when all are written are they renamed
   * into place, in the order given. If a rename fails, the files already moved are taken back (a
   * replaced file gets its old content again); on any failure the temporary files are removed, so
   * nothing of the write is left behind.
   *
   * @param overwrite whether existing targets may be replaced
   * @throws TargetsExist when targets exist and {@code overwrite} is false; nothing is written
   * @throws IOException when a directory is missing or not writable, the disk is full, or a folder
   *     stands where a file should go; the targets are then as they were
   */
  public static void writeAll(List<Output> outputs, boolean overwrite) throws IOException {
    List<Path> targets = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    List<Path> existing = new ArrayList<>();
    for (Output output : outputs) {
      Path absolute = output.target().toAbsolutePath().normalize();
      if (!seen.add(absolute)) {
        throw new IllegalArgumentException("written twice in one batch: " + output.target());
      }
      targets.add(absolute);
      if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(output.target());
      }
    }
    if (!overwrite && !existing.isEmpty()) {
      throw new TargetsExist(existing);
    }
    List<Path> temporaries = new ArrayList<>();
    try {
      for (int i = 0; i < outputs.size(); i++) {
        temporaries.add(temporary(targets.get(i), outputs.get(i).content()));
      }
      move(temporaries, targets, overwrite);
    } finally {
      for (Path temporary : temporaries) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Writes the bytes to a new temporary file beside the target, flushed to disk. */
  private static Path temporary(Path target, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepPermissions(temporary, target); // after writing: the old file may be read-only
      return temporary;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Renames every temporary file over its target; when one fails, the targets already moved are put
   * back as they were before the exception is passed on.
   */
  private static void move(List<Path> temporaries, List<Path> targets, boolean overwrite)
      throws IOException {
    List<Path> backups = new ArrayList<>();
    // a lone file needs no backup: if its one rename fails, it was never replaced
    boolean keepOld = overwrite && targets.size() > 1;
    int moved = 0;
    try {
      for (Path target : targets) {
        backups.add(keepOld ? backup(target) : null);
      }
      for (; moved < targets.size(); moved++) {
        move(temporaries.get(moved), targets.get(moved), overwrite);
      }
    } catch (IOException | RuntimeException e) {
      for (int i = 0; i < moved; i++) {
        restore(targets.get(i), backups.get(i), e);
      }
      throw e;
    } finally {
      for (Path backup : backups) {
        if (backup != null) {
          Files.deleteIfExists(backup);
        }
      }
    }
  }

  /**
   * A second name for an existing regular file, so that it can be put back if the batch fails;
   * {@code null} when there is nothing to keep.
   */
  private static Path backup(Path target) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path backup =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".bak");
    try {
      Files.createLink(backup, target);
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (e instanceof FileAlreadyExistsException) {
        throw (FileAlreadyExistsException) e;
      }
      // The file system has no hard links: keep a copy instead.
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return backup;
  }

  /** Puts a target back as it was: its old content, or no file at all. */
  private static void restore(Path target, Path backup, Exception failure) {
    try {
      if (backup == null) {
        Files.deleteIfExists(target);
      } else {
        replace(backup, target);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** What went wrong in a write, said so that the user knows what to do. */
  public static String describe(IOException e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() != null && Files.isDirectory(Path.of(exists.getFile()))
          ? "a folder of that name is in the way: move it or choose another name"
          : "the file exists";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: choose another folder or check its permissions";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder does not exist: create it or choose another";
    }
    if (e instanceof DirectoryNotEmptyException || folderInTheWay(e)) {
      return "a folder of that name is in the way: move it or choose another name";
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("No space left")) {
      return "the disk is full: free some space or choose another disk";
    }
    return message;
  }

  private static boolean folderInTheWay(IOException e) {
    if (!(e instanceof FileSystemException failure)) {
      return false;
    }
    for (String file : new String[] {failure.getFile(), failure.getOtherFile()}) {
      if (file != null && !file.endsWith(".tmp") && Files.isDirectory(Path.of(file))) {
        return true;
      }
    }
    return false;
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
    replace(from, to);
  }

  private static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
