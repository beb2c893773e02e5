package dev.keel.bench;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.SyntheticBook;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, validating and measuring drift on the large synthetic book (10,000 positions in 20
 * accounts), in a warm JVM. Run with {@code mvn test-compile exec:exec@bench}; results are in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
public class DriftBenchmark {
  @Param({"10000"})
  int positions;

  private Path file;
  private Portfolio portfolio;

  @Setup(Level.Trial)
  public void writeBook() throws IOException {
    file = Files.createTempFile("keel-bench-", ".json");
    PortfolioFiles.write(file, SyntheticBook.generate(positions, 20, 42), true);
    portfolio = PortfolioFiles.read(file).get();
  }

  @TearDown(Level.Trial)
  public void deleteBook() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The whole job behind {@code keel drift}: read, validate, analyse. */
  @Benchmark
  public DriftReport readValidateAndAnalyze() {
    ReadResult<Portfolio> result = PortfolioFiles.read(file);
    return DriftAnalyzer.DEFAULT.analyze(result.get());
  }

  /** Reading and validating alone. */
  @Benchmark
  public Portfolio readAndValidate() {
    return PortfolioFiles.read(file).get();
  }

  /** The drift analysis alone, on a book already in memory. */
  @Benchmark
  public DriftReport analyze() {
    return DriftAnalyzer.DEFAULT.analyze(portfolio);
  }
}
