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

  /** Reads and validates a portfolio file; problems name the file as {@code path} spells it. */
  public static ReadResult<Portfolio> read(Path path) {
    List<FileProblem> problems = new ArrayList<>();
    String text = TextFiles.read(path, path.toString(), problems);
    if (text == null) {
      return ReadResult.failed(problems);
    }
    return PortfolioJson.DEFAULT.read(path.toString(), text);
  }

  /**
   * Reads a sample portfolio bundled in Keel's jar (the files of {@code sample-portfolios/}), by
   * file name.
   */
  public static ReadResult<Portfolio> readSample(String name) {
    String resource = "/samples/" + name;
    try (InputStream in = PortfolioFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        return ReadResult.failed(
            List.of(new FileProblem(name, 0, 0, "no bundled sample of that name")));
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PortfolioJson.DEFAULT.read(name, text);
    } catch (IOException e) {
      return ReadResult.failed(
          List.of(
              new FileProblem(name, 0, 0, "cannot read the bundled sample: " + e.getMessage())));
    }
  }

  /**
   * Writes a portfolio file atomically: an existing file is replaced whole or not at all.
   *
   * @param overwrite whether an existing file may be replaced
   */
  public static void write(Path path, Portfolio portfolio, boolean overwrite) throws IOException {
    byte[] bytes = PortfolioJson.DEFAULT.write(portfolio).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(path, bytes, overwrite);
  }
}
