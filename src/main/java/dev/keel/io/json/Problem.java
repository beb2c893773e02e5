package dev.keel.io.json;

import java.util.Objects;

/**
 * One problem in a portfolio document, located by line and column (both from 1), with a message
 * that says what to do. The file's name is added where the document was read from a file.
 *
 * @param line line number, from 1
 * @param column column number, from 1
 * @param message what is wrong and how to fix it
 */
public record Problem(int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(message, "message");
  }
}
