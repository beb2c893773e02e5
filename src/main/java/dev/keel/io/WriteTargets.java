package dev.keel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What may stand at the target of a write, checked before anything is written: nothing (a new
 * name), a regular file, or a symbolic link to one (the link is replaced, never the file it points
 * to). A FIFO, a device, a socket or a link to nothing is refused with a {@link RefusedTarget}, and
 * so is a target that is, or leads through links to, one of the command's inputs. (A folder where a
 * file should go makes the rename fail, which undoes the write and says so.)
 */
final class WriteTargets {
  private WriteTargets() {}

  /**
   * Refuses the target if it is one of the inputs or not a place a file may be written.
   *
   * @param target the target as given, for the message
   * @param inputs the files the command read
   * @throws RefusedTarget when the target is refused
   */
  static void check(Path target, InputFiles inputs) throws IOException {
    BasicFileAttributes own = attributes(target, LinkOption.NOFOLLOW_LINKS);
    if (own == null) {
      return; // a new name
    }
    BasicFileAttributes resolved = own;
    if (own.isSymbolicLink()) {
      resolved = attributes(target);
      if (resolved == null) {
        throw RefusedTarget.danglingLink(target, Files.readSymbolicLink(target));
      }
    }
    Optional<Path> input = inputs.sameAs(target, resolved);
    if (input.isPresent()) {
      throw RefusedTarget.input(target, input.get(), own.isSymbolicLink());
    }
    // a folder fails at the rename, which undoes the write and says a folder is in the way
    if (!resolved.isRegularFile() && !resolved.isDirectory()) {
      throw RefusedTarget.notARegularFile(target, kind(target, own.isSymbolicLink()));
    }
  }

  private static String kind(Path target, boolean throughLink) throws IOException {
    String kind = "a special file";
    try {
      if (Files.getAttribute(target, "unix:mode") instanceof Integer mode) {
        kind = unixKind(mode);
      }
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // not a Unix file system: the kind stays unnamed
    }
    return throughLink ? "a symbolic link to " + kind : kind;
  }

  /** The kind of a special file from its Unix mode bits. */
  private static String unixKind(int mode) {
    return switch (mode & 0170000) {
      case 0010000 -> "a FIFO (named pipe)";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  private static BasicFileAttributes attributes(Path path, LinkOption... options)
      throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, options);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
