package dev.keel.io;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What reading a file gave: the value, or every problem found. Never both: a file with any problem
 * yields no value, so nothing half-read is ever used.
 *
 * @param <T> the type read
 * @param value the value, or {@code null} when there are problems
 * @param problems every problem, in file order; empty on success
 */
public record ReadResult<T>(T value, List<FileProblem> problems) {
  public ReadResult {
    problems = List.copyOf(problems);
    if ((value == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has either a value or problems");
    }
  }

  /** A successful read. */
  public static <T> ReadResult<T> ok(T value) {
    return new ReadResult<>(value, List.of());
  }

  /** A failed read. */
  public static <T> ReadResult<T> failed(List<FileProblem> problems) {
    return new ReadResult<>(null, problems);
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
