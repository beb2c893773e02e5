package dev.keel.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The words for what went wrong in a write, for {@link AtomicFiles#describe}: one phrase for each
 * kind of failure, saying what to do, and for a write that could not be undone, what is left to put
 * back by hand.
 */
final class WriteFailureWords {
  private WriteFailureWords() {}

  /** What went wrong in a write, said so that the user knows what to do. */
  static String describe(IOException e) {
    if (e instanceof RefusedTarget refused) {
      return refused.getReason(); // what stands there, and what to do
    }
    if (e instanceof AtomicFiles.NotUndone) {
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
   * The message of a {@link AtomicFiles.NotUndone}: the failure that stopped the write, then what
   * is left of it and what to do about each target.
   */
  static String notUndone(Exception cause, List<AtomicFiles.NotUndone.Leftover> leftovers) {
    return (cause instanceof IOException io ? describe(io) : String.valueOf(cause))
        + "; and the write could not all be undone: "
        + say(leftovers);
  }

  private static String say(List<AtomicFiles.NotUndone.Leftover> leftovers) {
    List<String> parts = new ArrayList<>();
    for (AtomicFiles.NotUndone.Leftover leftover : leftovers) {
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
}
