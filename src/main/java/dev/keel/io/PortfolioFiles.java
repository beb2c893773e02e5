package dev.keel.io;

import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes portfolio files on disk. */
public final class PortfolioFiles {
  private PortfolioFiles() {}

  /**
   * A portfolio file as read: the result, and the SHA-256 of the very bytes it was read from
   * ({@code null} when the file could not be read), so an export can say which file it came from.
   */
  public record Opened(ReadResult<Portfolio> result, String sha256) {}

  /** Reads and validates a portfolio file; problems name the file as {@code path} spells it. */
  public static ReadResult<Portfolio> read(Path path) {
    return open(path, false).result();
  }

  /** Reads and validates a portfolio file, and digests the bytes read. */
  public static Opened open(Path path) {
    return open(path, true);
  }

  /**
   * Reads and validates a portfolio file; digests its bytes when asked (a command that only reads a
   * large book spares the tens of milliseconds).
   */
  private static Opened open(Path path, boolean digest) {
    List<FileProblem> problems = new ArrayList<>();
    String file = path.toString();
    byte[] bytes = TextFiles.readBytes(path, file, SizeLimit.PORTFOLIO, problems);
    if (bytes == null) {
      return new Opened(ReadResult.failed(problems), null);
    }
    String sha256 = digest ? Digests.sha256(bytes) : null;
    String text = TextFiles.decode(bytes, file, problems);
    bytes = null; // not needed while the text is parsed: a large book's bytes can go
    ReadResult<Portfolio> result =
        text == null ? ReadResult.failed(problems) : PortfolioJson.DEFAULT.read(file, text);
    return new Opened(result, sha256);
  }

  /**
   * Reads a sample portfolio bundled in Keel's jar (the files of {@code sample-portfolios/}), by
   * file name.
   */
  public static ReadResult<Portfolio> readSample(String name) {
    return openSample(name).result();
  }

  /** Reads a bundled sample, and digests its bytes. */
  public static Opened openSample(String name) {
    String resource = "/samples/" + name;
    try (InputStream in = PortfolioFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new Opened(
            ReadResult.failed(
                List.of(new FileProblem(name, 0, 0, "no bundled sample of that name"))),
            null);
      }
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, StandardCharsets.UTF_8);
      return new Opened(PortfolioJson.DEFAULT.read(name, text), Digests.sha256(bytes));
    } catch (IOException e) {
      return new Opened(
          ReadResult.failed(
              List.of(
                  new FileProblem(
                      name, 0, 0, "cannot read the bundled sample: " + e.getMessage()))),
          null);
    }
  }

  /** The SHA-256 of the file {@link #write} would write for this portfolio. */
  public static String digest(Portfolio portfolio) {
    return Digests.sha256(PortfolioJson.DEFAULT.write(portfolio).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a portfolio file atomically: an existing file is replaced whole or not at all.
   *
   * @param overwrite whether an existing file may be replaced
   * @return the SHA-256 of the bytes written
   */
  public static String write(Path path, Portfolio portfolio, boolean overwrite) throws IOException {
    return write(path, portfolio, overwrite, InputFiles.NONE);
  }

  /**
   * {@link #write(Path, Portfolio, boolean)}, refused when the path is, or leads through links to,
   * one of the files the command read.
   *
   * @throws RefusedTarget when the path is an input, or not a place a file may be written
   */
  public static String write(Path path, Portfolio portfolio, boolean overwrite, InputFiles inputs)
      throws IOException {
    byte[] bytes = PortfolioJson.DEFAULT.write(portfolio).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(path, bytes, overwrite, inputs);
    return Digests.sha256(bytes);
  }
}
