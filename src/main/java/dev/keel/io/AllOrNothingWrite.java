package dev.keel.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write of several files as one, for {@link AtomicFiles#writeAll}: every target checked first,
 * every file written beside its target, then all renamed into place or none. The old content of
 * each replaced file is kept in a backup until every rename is done, so that a failed write can be
 * undone; what cannot be undone is named in {@link AtomicFiles.NotUndone}.
 */
final class AllOrNothingWrite {
  private static final Logger LOG = LoggerFactory.getLogger(AllOrNothingWrite.class);

  private final List<AtomicFiles.Output> outputs;
  private final List<Path> targets;
  private final List<Path> temporaries;
  private final boolean overwrite;
  private final AtomicFiles.Disk disk;
  private final List<Path> backups = new ArrayList<>();

  private AllOrNothingWrite(
      List<AtomicFiles.Output> outputs,
      List<Path> targets,
      List<Path> temporaries,
      boolean overwrite,
      AtomicFiles.Disk disk) {
    this.outputs = outputs;
    this.targets = targets;
    this.temporaries = temporaries;
    this.overwrite = overwrite;
    this.disk = disk;
  }

  /** {@link AtomicFiles#writeAll(List, boolean, InputFiles)} on the given disk. */
  static void write(
      List<AtomicFiles.Output> outputs, boolean overwrite, InputFiles inputs, AtomicFiles.Disk disk)
      throws IOException {
    List<Path> targets = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    List<Path> existing = new ArrayList<>();
    for (AtomicFiles.Output output : outputs) {
      Path absolute = output.target().toAbsolutePath().normalize();
      if (!seen.add(absolute)) {
        throw new IllegalArgumentException("written twice in one batch: " + output.target());
      }
      targets.add(absolute);
      WriteTargets.check(output.target(), inputs);
      if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(output.target());
      }
    }
    if (!overwrite && !existing.isEmpty()) {
      throw new AtomicFiles.TargetsExist(existing);
    }
    List<Path> temporaries = new ArrayList<>();
    try {
      for (int i = 0; i < outputs.size(); i++) {
        temporaries.add(TemporaryFile.beside(targets.get(i), outputs.get(i).content(), disk));
      }
      new AllOrNothingWrite(outputs, targets, temporaries, overwrite, disk).move();
    } catch (IOException | RuntimeException e) {
      for (Path temporary : temporaries) {
        disk.deleteAfter(e, temporary);
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

  /**
   * Renames every temporary file over its target; when one fails, the targets already moved are put
   * back as they were before the exception is passed on. A backup whose target could not be put
   * back is kept, and named in the exception; every other backup is removed.
   */
  private void move() throws IOException {
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
   * Puts back the first {@code moved} targets, removes the backups no longer needed, and gives the
   * exception to throw: {@code failure}, or {@link AtomicFiles.NotUndone} when a target could not
   * be put back.
   */
  private Exception undo(int moved, Exception failure) {
    List<AtomicFiles.NotUndone.Leftover> leftovers = new ArrayList<>();
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
            new AtomicFiles.NotUndone.Leftover(
                given, backup == null ? null : given.resolveSibling(backup.getFileName())));
        if (backup != null) {
          kept.add(backup);
        }
      }
    }
    Exception thrown =
        leftovers.isEmpty() ? failure : new AtomicFiles.NotUndone(failure, leftovers);
    for (Exception each : failures) {
      thrown.addSuppressed(each);
    }
    for (Path backup : backups) {
      if (backup != null && !kept.contains(backup)) {
        disk.deleteAfter(thrown, backup);
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
   * A second name for what stands at the target, so that it can be put back if the write fails: a
   * hard link to (or a copy of) a file, a new link to what a symbolic link points to; {@code null}
   * when there is nothing to keep (no file, or a folder, which no rename replaces).
   */
  private static Path backup(Path target) throws IOException {
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
