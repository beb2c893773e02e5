package dev.keel.io;

import dev.keel.io.text.InputLimits;
import java.util.Locale;

/**
 * The largest file of one kind Keel reads, checked before a byte is read, so a file far past it is
 * refused at once whatever its size.
 *
 * @param maxBytes the largest size accepted, in bytes
 * @param kind what the file is, as a message says it ("a portfolio file")
 * @param advice what to do with a file past the limit
 */
public record SizeLimit(long maxBytes, String kind, String advice) {
  /** The limit of a portfolio file. */
  public static final SizeLimit PORTFOLIO =
      new SizeLimit(
          InputLimits.MAX_PORTFOLIO_FILE_BYTES,
          "a portfolio file",
          "split the book into several files, or check that this is a portfolio file");

  /** The limit of a holdings CSV. */
  public static final SizeLimit HOLDINGS_CSV =
      new SizeLimit(
          InputLimits.MAX_CSV_FILE_BYTES, "a holdings CSV", "split it into several files");

  /** The problem with a file of {@code size} bytes, at line 1, column 1. */
  FileProblem refusal(String file, long size) {
    String limit = String.format(Locale.ROOT, "%d MB", maxBytes / 1_000_000);
    return new FileProblem(
        file,
        1,
        1,
        "the file is "
            + InputLimits.megabytes(size)
            + ", above Keel's limit of "
            + limit
            + " for "
            + kind
            + ": "
            + advice);
  }
}
