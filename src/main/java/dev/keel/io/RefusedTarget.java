package dev.keel.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A write refused before anything was written, because of what stands at a target: one of the files
 * the command read, a special file (a FIFO, a device, a socket), or a symbolic link to nothing.
 * Keel replaces only regular files, and never its own input, whatever the flags. The message says
 * what is there and what to do.
 */
public final class RefusedTarget extends FileSystemException {
  private static final long serialVersionUID = 1L;

  /** Why the target is refused. */
  public enum Why {
    /** The target is, or leads through links to, a file the command read. */
    IS_AN_INPUT,
    /** Something other than a regular file stands at the target. */
    NOT_A_REGULAR_FILE,
    /** The target is a symbolic link to a file that does not exist. */
    DANGLING_LINK
  }

  private final Why why;

  private RefusedTarget(Path target, Why why, String reason) {
    super(target.toString(), null, reason);
    this.why = why;
  }

  static RefusedTarget input(Path target, Path input, boolean throughLink) {
    String what;
    if (throughLink) {
      what = "it is a symbolic link to " + input + ", an input file";
    } else if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
      what = "it is an input file";
    } else {
      what = "it is the same file as " + input + ", an input file";
    }
    return new RefusedTarget(
        target, Why.IS_AN_INPUT, what + ": an output never replaces an input; name another path");
  }

  static RefusedTarget notARegularFile(Path target, String kind) {
    return new RefusedTarget(
        target,
        Why.NOT_A_REGULAR_FILE,
        "it is "
            + kind
            + ", not a regular file: Keel replaces only regular files; name a new file, or a folder"
            + " to write in");
  }

  static RefusedTarget danglingLink(Path target, Path pointsTo) {
    return new RefusedTarget(
        target,
        Why.DANGLING_LINK,
        "it is a symbolic link to "
            + pointsTo
            + ", which does not exist: remove the link or name another path");
  }

  /** Why the target is refused. */
  public Why why() {
    return why;
  }
}
