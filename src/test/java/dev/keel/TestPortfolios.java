package dev.keel;

import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.nio.file.Path;

/** The sample portfolios, read for tests. */
public final class TestPortfolios {
  /** The samples folder, relative to the project root where Maven runs tests. */
  public static final Path SAMPLES = Path.of("sample-portfolios");

  public static final Path CRYPTO = SAMPLES.resolve("crypto-spot.json");
  public static final Path STOCKS = SAMPLES.resolve("stocks-two-accounts.json");
  public static final Path DERIVATIVES = SAMPLES.resolve("derivatives-book.json");

  private TestPortfolios() {}

  /** Reads a sample, failing the test with its problems when it does not read. */
  public static Portfolio read(Path file) {
    ReadResult<Portfolio> result = PortfolioFiles.read(file);
    if (!result.isOk()) {
      throw new AssertionError(file + " does not read: " + result.problems());
    }
    return result.get();
  }
}
