package dev.keel.io;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What reading a file gave: the value, or every problem found. Never both: a file with any problem
 * yields no value, so nothing half-read is ever used. A value may come with warnings: what was read
 * but should be looked at (a venue Keel does not know, read as {@code other}).
 *
 * @param <T> the type read
 * @param value the value, or {@code null} when there are problems
 * @param problems every problem, in file order; empty on success
 * @param warnings what the user should look at, in file order; always empty when reading failed
 */
public record ReadResult<T>(T value, List<FileProblem> problems, List<FileProblem> warnings) {
  public ReadResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    if ((value == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has either a value or problems");
    }
    if (value == null && !warnings.isEmpty()) {
      throw new IllegalArgumentException("a failed read reports problems, not warnings");
    }
  }

  /** A successful read. */
  public static <T> ReadResult<T> ok(T value) {
    return new ReadResult<>(value, List.of(), List.of());
  }

  /** A successful read with warnings. */
  public static <T> ReadResult<T> ok(T value, List<FileProblem> warnings) {
    return new ReadResult<>(value, List.of(), warnings);
  }

  /** A failed read. */
  public static <T> ReadResult<T> failed(List<FileProblem> problems) {
    return new ReadResult<>(null, problems, List.of());
  }

  /** Whether the file was read without problems. */
  public boolean isOk() {
    return value != null;
  }

  /** The value; throws when the read failed. */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException("read failed: " + problems);
    }
    return value;
  }
}
