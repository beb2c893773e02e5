package dev.keel.archprobe.io;

/** Legal: an io helper that needs nothing. */
public final class BookFormat {
  private BookFormat() {}

  /**
   * The file extension, from a method: a {@code static final String} would be inlined by javac and
   * leave no dependency for a bytecode rule to see.
   */
  public static String extension() {
    return ".json";
  }
}
