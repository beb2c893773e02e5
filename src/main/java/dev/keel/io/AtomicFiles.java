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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written file:
 * the bytes go to a temporary file in the same directory, are flushed to disk, and the temporary
 * file is then renamed over the target. Several files can be written as one: all of them, or none.
 */
public final class AtomicFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

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
   * A write that failed and could not be undone in full: some targets could not be put back as they
   * were. The old content of each such file is kept in a backup beside it, which {@link
   * #leftovers()} and the message name, for the user to move back; every other target is as it was.
   * The cause is the failure that stopped the write; what failed in putting the files back is
   * attached as suppressed.
   */
  public static final class NotUndone extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * A target that could not be put back.
     *
     * @param target the target, as given
     * @param backup the file that keeps its old content, beside it; {@code null} when it was a new
     *     file, which could not be removed
     */
    public record Leftover(Path target, Path backup) {}

    private final transient List<Leftover> leftovers;

    NotUndone(Exception cause, List<Leftover> leftovers) {
      super(
          (cause instanceof IOException io ? describe(io) : String.valueOf(cause))
              + "; and the write could not all be undone: "
              + say(leftovers),
          cause);
      this.leftovers = List.copyOf(leftovers);
    }

    private static String say(List<Leftover> leftovers) {
      List<String> parts = new ArrayList<>();
      for (Leftover leftover : leftovers) {
        parts.add(
            leftover.backup() == null
                ? leftover.target() + " was left behind: remove it"
                : leftover.target()
                    + " has the new content, its old content is kept in "
                    + leftover.backup()
                    + ": move that file back to "
                    + leftover.target().getFileName());
      }
      return String.join("; ", parts);
    }

    /** The targets that are not as they were, in the order given. */
    public List<Leftover> leftovers() {
      return leftovers;
    }
  }

  /**
   * The two file operations whose failures a write must survive: renaming a file over another, and
   * deleting one. Tests give a write failing ones.
   */
  interface Disk {
    /** Renames {@code from} to {@code to}, replacing it, atomically where the file system can. */
    void replace(Path from, Path to) throws IOException;

    /** Deletes a file, or a symbolic link itself, if it is there. */
    void deleteIfExists(Path path) throws IOException;
  }

  /** The file system as it is. */
  static final Disk DISK =
      new Disk() {
        @Override
        public void replace(Path from, Path to) throws IOException {
          try {
            Files.move(
                from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }

        @Override
        public void deleteIfExists(Path path) throws IOException {
          Files.deleteIfExists(path);
        }
      };

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
   * into place, in the order given. If a rename fails, the files already moved are taken back: a
   * replaced file gets its old content again, a replaced symbolic link is put back as the same link
   * (the file it points to is never written), a new file is removed. On any failure the temporary
   * files are removed, so nothing of the write is left behind.
   *
   * @param overwrite whether existing targets may be replaced
   * @throws TargetsExist when targets exist and {@code overwrite} is false; nothing is written
   * @throws NotUndone when the write failed and some target could not be put back: its old content
   *     is kept in a backup the exception names
   * @throws IOException when a directory is missing or not writable, the disk is full, or a folder
   *     stands where a file should go; the targets are then as they were
   * @throws IllegalArgumentException when two outputs name the same target: a bug of the caller
   */
  public static void writeAll(List<Output> outputs, boolean overwrite) throws IOException {
    writeAll(outputs, overwrite, DISK);
  }

  /** {@link #writeAll(List, boolean)} on the given disk. */
  static void writeAll(List<Output> outputs, boolean overwrite, Disk disk) throws IOException {
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
        temporaries.add(temporary(targets.get(i), outputs.get(i).content(), disk));
      }
      new Batch(outputs, targets, temporaries, overwrite, disk).move();
    } catch (IOException | RuntimeException e) {
      for (Path temporary : temporaries) {
        delete(temporary, e, disk);
      }
      throw e;
    }
    for (Path temporary : temporaries) {
      // renamed into place, or a second name of its target when it was linked there: the write is
      // done, so a temporary that cannot be removed is only worth a warning
      try {
        disk.deleteIfExists(temporary);
      } catch (IOException e) {
        LOG.warn("could not remove the temporary file {}: {}", temporary, e.toString());
      }
    }
  }

  /** Deletes a file after a failure, adding what goes wrong to that failure. */
  private static void delete(Path path, Exception failure, Disk disk) {
    try {
      disk.deleteIfExists(path);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Writes the bytes to a new temporary file beside the target, flushed to disk. */
  private static Path temporary(Path target, byte[] content, Disk disk) throws IOException {
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
      delete(temporary, e, disk);
      throw e;
    }
  }

  /** The renames of one write, and how they are undone. */
  private static final class Batch {
    private final List<Output> outputs;
    private final List<Path> targets;
    private final List<Path> temporaries;
    private final boolean overwrite;
    private final Disk disk;
    private final List<Path> backups = new ArrayList<>();

    Batch(
        List<Output> outputs,
        List<Path> targets,
        List<Path> temporaries,
        boolean overwrite,
        Disk disk) {
      this.outputs = outputs;
      this.targets = targets;
      this.temporaries = temporaries;
      this.overwrite = overwrite;
      this.disk = disk;
    }

    /**
     * Renames every temporary file over its target; when one fails, the targets already moved are
     * put back as they were before the exception is passed on. A backup whose target could not be
     * put back is kept, and named in the exception; every other backup is removed.
     */
    void move() throws IOException {
      // a lone file needs no backup: if its one rename fails, it was never replaced
      boolean keepOld = overwrite && targets.size() > 1;
      int moved = 0;
      try {
        for (Path target : targets) {
          backups.add(keepOld ? backup(target) : null);
        }
        for (; moved < targets.size(); moved++) {
          rename(temporaries.get(moved), targets.get(moved));
        }
      } catch (IOException | RuntimeException e) {
        Exception thrown = undo(moved, e);
        if (thrown instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) thrown;
      }
      for (Path backup : backups) {
        if (backup != null) {
          try {
            disk.deleteIfExists(backup);
          } catch (IOException e) {
            // every file is in place: a second name of an old one left beside it is no failure
            LOG.warn("could not remove the backup {}: {}", backup, e.toString());
          }
        }
      }
    }

    /**
     * Puts back the first {@code moved} targets, removes the backups no longer needed, and gives
     * the exception to throw: {@code failure}, or {@link NotUndone} when a target could not be put
     * back.
     */
    private Exception undo(int moved, Exception failure) {
      List<NotUndone.Leftover> leftovers = new ArrayList<>();
      List<Exception> failures = new ArrayList<>();
      Set<Path> kept = new HashSet<>();
      for (int i = 0; i < moved; i++) {
        Path backup = backups.get(i);
        try {
          if (backup == null) {
            disk.deleteIfExists(targets.get(i));
          } else {
            disk.replace(backup, targets.get(i));
          }
        } catch (IOException | RuntimeException e) {
          failures.add(e);
          Path given = outputs.get(i).target();
          leftovers.add(
              new NotUndone.Leftover(
                  given, backup == null ? null : given.resolveSibling(backup.getFileName())));
          if (backup != null) {
            kept.add(backup);
          }
        }
      }
      Exception thrown = leftovers.isEmpty() ? failure : new NotUndone(failure, leftovers);
      for (Exception each : failures) {
        thrown.addSuppressed(each);
      }
      for (Path backup : backups) {
        if (backup != null && !kept.contains(backup)) {
          delete(backup, thrown, disk);
        }
      }
      return thrown;
    }

    private void rename(Path from, Path to) throws IOException {
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
      disk.replace(from, to);
    }

    /**
     * A second name for what stands at the target, so that it can be put back if the batch fails: a
     * hard link to (or a copy of) a file, a new link to what a symbolic link points to; {@code
     * null} when there is nothing to keep (no file, or a folder, which no rename replaces).
     */
    private Path backup(Path target) throws IOException {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      Path backup =
          target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".bak");
      if (Files.isSymbolicLink(target)) {
        // the link itself, not the file it points to: a hard link to a link is not portable
        Files.createSymbolicLink(backup, Files.readSymbolicLink(target));
        return backup;
      }
      try {
        Files.createLink(backup, target);
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (e instanceof FileAlreadyExistsException || !Files.isRegularFile(target)) {
          throw e;
        }
        // The file system has no hard links: keep a copy instead.
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return backup;
    }
  }

  /** What went wrong in a write, said so that the user knows what to do. */
  public static String describe(IOException e) {
    if (e instanceof NotUndone) {
      return e.getMessage(); // the failure, and what is left to put back by hand
    }
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
    if (message.contains("File name too long")) {
      return "a file name is too long for the disk: give the file a shorter name";
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
}
