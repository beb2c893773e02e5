package dev.keel.bench;

import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.analytics.exposure.PnlProfiles;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.SyntheticDerivatives;
import dev.keel.io.PortfolioFiles;
import dev.keel.model.AssetType;
import dev.keel.model.ExerciseStyle;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
 * The P&amp;L profile (200 points, now and at the first expiry) of the 10,000-position book with
 * 5,000 listed options, in a warm JVM (issue 12, target 100 ms): the book of {@code keel
 * generate-book --positions 10000 --accounts 20 --options 5000 --contracts 300}, written and read
 * back. Run with {@code mvn test-compile exec:exec@bench -Dbench.args=PnlProfileBenchmark}; results
 * in docs/performance.md.
 *
 * <p>{@code underlying} picks the profile: {@code slowest-options} the slowest of the 50 stocks
 * with options (100 each, all American on 40 of them), ranked by a timed pass in the set-up, which
 * prints the ranking; {@code european-options} a stock whose 100 options are all European; {@code
 * coin} the coin with the most perpetuals; {@code index} the futures' index; {@code spot} a stock
 * held without derivatives. {@link EveryUnderlying} times the list of underlyings and the profiles
 * of all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class PnlProfileBenchmark {
  @Param({"slowest-options", "european-options", "coin", "index", "spot"})
  String underlying;

  private Path file;
  private Portfolio book;
  private String symbol;
  private final ForkJoinPool oneCore = new ForkJoinPool(1);

  @Setup(Level.Trial)
  public void writeBook() throws IOException {
    file = Files.createTempFile("keel-bench-", ".json");
    book = writtenAndRead(file);
    symbol = underlying.equals("slowest-options") ? slowest(book, optionRoots(book)) : pick(book);
    PnlProfile profile = PnlProfiles.DEFAULT.of(book, symbol);
    System.out.printf(
        "%n%s: %s, first expiry %s, %d points, %d warnings%n",
        underlying,
        symbol,
        profile.firstExpiry(),
        profile.points().size(),
        profile.warnings().size());
  }

  @TearDown(Level.Trial)
  public void deleteBook() throws IOException {
    Files.deleteIfExists(file);
    oneCore.shutdown();
  }

  /** One profile of 200 points, now and at the first expiry, on every core. */
  @Benchmark
  public PnlProfile profile() {
    return PnlProfiles.DEFAULT.of(book, symbol);
  }

  /** The same on one core (the points' parallel stream runs in a pool of one thread). */
  @Benchmark
  public PnlProfile profileOnOneCore() throws InterruptedException, ExecutionException {
    return oneCore.submit(() -> PnlProfiles.DEFAULT.of(book, symbol)).get();
  }

  /**
   * The list of underlyings, and the profiles of every one of them in turn (a class of its own, so
   * that the profile's parameter does not repeat it; JMH reads no settings from the outer class).
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(
      value = 1,
      jvmArgs = {"-Xmx512m"})
  public static class EveryUnderlying {
    private Path file;
    private Portfolio book;
    private List<String> all;
    private List<String> withOptions;

    @Setup(Level.Trial)
    public void writeBook() throws IOException {
      file = Files.createTempFile("keel-bench-", ".json");
      book = writtenAndRead(file);
      all = PnlProfiles.DEFAULT.underlyings(book);
      withOptions = optionRoots(book);
      System.out.printf("%n%d underlyings, %d with options%n", all.size(), withOptions.size());
    }

    @TearDown(Level.Trial)
    public void deleteBook() throws IOException {
      Files.deleteIfExists(file);
    }

    /** The underlyings a profile can be drawn for. */
    @Benchmark
    public List<String> underlyings() {
      return PnlProfiles.DEFAULT.underlyings(book);
    }

    /** The profiles of the 50 stocks with options, one after another. */
    @Benchmark
    public int everyOptionUnderlying() {
      int points = 0;
      for (String root : withOptions) {
        points += PnlProfiles.DEFAULT.of(book, root).points().size();
      }
      return points;
    }

    /** The profiles of every underlying of the book, one after another. */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public int everyUnderlying() {
      int points = 0;
      for (String root : all) {
        points += PnlProfiles.DEFAULT.of(book, root).points().size();
      }
      return points;
    }
  }

  private static Portfolio writtenAndRead(Path file) throws IOException {
    Portfolio generated =
        SyntheticDerivatives.add(SyntheticBook.generate(10000 - 5000 - 300, 20, 42), 5000, 300, 42);
    PortfolioFiles.write(file, generated, true);
    return PortfolioFiles.read(file).get();
  }

  /** The roots with options, in book order. */
  private static List<String> optionRoots(Portfolio book) {
    Map<String, Instrument> instruments = book.instrumentsBySymbol();
    return book.positions().stream()
        .map(p -> instruments.get(p.symbol()))
        .filter(i -> i.type() == AssetType.OPTION)
        .map(i -> Roots.of(i, instruments))
        .distinct()
        .toList();
  }

  /**
   * The root whose profile takes longest: two passes over all to warm up, then the best of three
   * timings of each; prints the five slowest and the median.
   */
  private static String slowest(Portfolio book, List<String> roots) {
    for (int pass = 0; pass < 2; pass++) {
      roots.forEach(root -> PnlProfiles.DEFAULT.of(book, root));
    }
    Map<String, Double> millis = new LinkedHashMap<>();
    for (String root : roots) {
      long best = Long.MAX_VALUE;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        PnlProfiles.DEFAULT.of(book, root);
        best = Math.min(best, System.nanoTime() - start);
      }
      millis.put(root, best / 1e6);
    }
    List<Map.Entry<String, Double>> ranked =
        millis.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .toList();
    System.out.printf(
        "%nslowest profiles (ms, best of 3): %s; median %.1f%n",
        ranked.subList(0, Math.min(5, ranked.size())), ranked.get(ranked.size() / 2).getValue());
    return ranked.get(0).getKey();
  }

  /** The root of the kind asked for but the slowest. */
  private String pick(Portfolio book) {
    Map<String, Instrument> instruments = book.instrumentsBySymbol();
    Map<String, Integer> european = new LinkedHashMap<>();
    Map<String, Integer> perpetuals = new LinkedHashMap<>();
    Map<String, Integer> derivatives = new LinkedHashMap<>();
    for (Position position : book.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      String root = Roots.of(instrument, instruments);
      derivatives.merge(root, instrument.type().isDerivative() ? 1 : 0, Integer::sum);
      if (instrument.type() == AssetType.OPTION
          && instrument.terms().exercise() == ExerciseStyle.EUROPEAN) {
        european.merge(root, 1, Integer::sum);
      } else if (instrument.type() == AssetType.PERPETUAL) {
        perpetuals.merge(root, 1, Integer::sum);
      }
    }
    return switch (underlying) {
      case "european-options" -> most(european);
      case "coin" -> most(perpetuals);
      case "index" -> "SYNX";
      case "spot" ->
          derivatives.entrySet().stream()
              .filter(e -> e.getValue() == 0)
              .findFirst()
              .orElseThrow()
              .getKey();
      default -> throw new IllegalArgumentException("no such underlying: " + underlying);
    };
  }

  private static String most(Map<String, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
