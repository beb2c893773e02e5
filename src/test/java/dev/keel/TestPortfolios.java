package dev.keel;

import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.AssetClass;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import java.nio.file.Path;
import java.util.List;

/** The sample portfolios, read for tests. */
public final class TestPortfolios {
  /** The samples folder, relative to the project root where Maven runs tests. */
  public static final Path SAMPLES = Path.of("sample-portfolios");

  public static final Path CRYPTO = SAMPLES.resolve("crypto-spot.json");
  public static final Path STOCKS = SAMPLES.resolve("stocks-two-accounts.json");
  public static final Path DERIVATIVES = SAMPLES.resolve("derivatives-book.json");
  public static final Path CRYPTO_DERIVATIVES = SAMPLES.resolve("crypto-derivatives.json");
  public static final Path MARGIN_BINANCE = SAMPLES.resolve("margin-binance.json");

  private TestPortfolios() {}

  /** A copy with other positions. */
  public static Portfolio withPositions(Portfolio p, List<Position> positions) {
    return p.toBuilder().positions(positions).build();
  }

  /** A copy with other asset classes, instruments and targets. */
  public static Portfolio withAllocation(
      Portfolio p,
      List<AssetClass> classes,
      List<Instrument> instruments,
      TargetAllocation targets) {
    return p.toBuilder().assetClasses(classes).instruments(instruments).targets(targets).build();
  }

  /**
   * The derivatives sample weighed by value, as it was before it moved to the delta basis: for the
   * tests of what does not depend on the basis (account drift, exports), which need its trades.
   */
  public static Portfolio derivativesOnValue() {
    return read(DERIVATIVES).toBuilder().exposureBasis(ExposureBasis.VALUE).build();
  }

  /** {@link #derivativesOnValue()} written to {@code derivatives-book.json} in a folder. */
  public static Path derivativesOnValueFile(Path folder) throws java.io.IOException {
    Path file = folder.resolve(DERIVATIVES.getFileName());
    PortfolioFiles.write(file, derivativesOnValue(), true);
    return file;
  }

  /** Reads a sample, failing the test with its problems when it does not read. */
  public static Portfolio read(Path file) {
    ReadResult<Portfolio> result = PortfolioFiles.read(file);
    if (!result.isOk()) {
      throw new AssertionError(file + " does not read: " + result.problems());
    }
    return result.get();
  }
}
