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
import java.util.List;
import java.util.Objects;

/**
 * Atomic writes of files, one or several as one, so that a reader sees either the old content or
 * the new, never a half-written file: the bytes go to a temporary file in the same directory, are
 * flushed to disk, and the temporary file is then renamed over the target. Several files are
 * written all or none.
 *
 * <p>This class is the front door: what a write takes and what it throws, and the calls. The work
 * is done behind it, one job a class: {@link TemporaryFile} puts one file's bytes beside its
 * target, {@link AllOrNothingWrite} renames them all into place with backups and undo, and {@link
 * WriteFailureWords} says what went wrong in words.
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
   * A write refused because some of its targets exist and may not be replaced. Nothing was written.
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
      super(WriteFailureWords.notUndone(cause, leftovers), cause);
      this.leftovers = List.copyOf(leftovers);
    }

    /** The targets that are not as they were, in the order given. */
    public List<Leftover> leftovers() {
      return leftovers;
    }
  }

  /**
   * The file operations whose failures a write must survive: writing a new file's bytes, renaming a
   * file over another, and deleting one. Tests give a write failing ones (a full disk, a rename
   * refused).
   */
  interface Disk {
    /** Writes the bytes into an existing empty file and flushes them to the disk. */
    default void write(Path file, byte[] content) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    }

    /** Renames {@code from} to {@code to}, replacing it, atomically where the file system can. */
    void replace(Path from, Path to) throws IOException;

    /** Deletes a file, or a symbolic link itself, if it is there. */
    void deleteIfExists(Path path) throws IOException;

    /** Deletes a file after a failure, adding what goes wrong to that failure. */
    default void deleteAfter(Exception failure, Path path) {
      try {
        deleteIfExists(path);
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
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
   * {@link #write(Path, byte[], boolean)}, refused when the target is, or leads to, one of the
   * inputs.
   *
   * @throws RefusedTarget when the target is an input or not a place a file may be written
   */
  public static void write(Path target, byte[] content, boolean overwrite, InputFiles inputs)
      throws IOException {
    writeAll(List.of(new Output(target, content)), overwrite, inputs);
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
    writeAll(outputs, overwrite, InputFiles.NONE);
  }

  /**
   * {@link #writeAll(List, boolean)}, refused before anything is written when a target is, or leads
   * through links to, one of {@code inputs}: the files the command read, which no output replaces,
   * whatever the flags.
   *
   * @throws RefusedTarget when a target is an input, or not a place a file may be written
   */
  public static void writeAll(List<Output> outputs, boolean overwrite, InputFiles inputs)
      throws IOException {
    writeAll(outputs, overwrite, inputs, DISK);
  }

  /** {@link #writeAll(List, boolean, InputFiles)} on the given disk. */
  static void writeAll(List<Output> outputs, boolean overwrite, InputFiles inputs, Disk disk)
      throws IOException {
    AllOrNothingWrite.write(outputs, overwrite, inputs, disk);
  }

  /** What went wrong in a write, said so that the user knows what to do. */
  public static String describe(IOException e) {
    return WriteFailureWords.describe(e);
  }
}
