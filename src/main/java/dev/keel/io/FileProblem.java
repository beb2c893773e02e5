package dev.keel.io;

import java.util.Objects;

/**
 * One problem in an input file, located by line and column (both from 1; 0 when unknown), with a
 * message that says what to do.
 *
 * @param file the file as the user named it
 * @param line line number, from 1
 * @param column column number, from 1
 * @param message what is wrong and how to fix it
 */
public record FileProblem(String file, int line, int column, String message) {
  public FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The compiler-style form {@code FILE:LINE:COLUMN: message}, or {@code FILE: message} for a
   * problem with the whole file (line 0), such as a missing file.
   */
  @Override
  public String toString() {
    return line <= 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
