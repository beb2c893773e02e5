package dev.keel.bench;

import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetAllocation;
import dev.keel.model.TargetLevels;
import java.math.BigDecimal;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the window computes after the user edits a target on a 1,000-position book: the drift of the
 * holdings table and the refreshed proposal with its before/after, both on the compute lane. Each
 * call edits the book anew: two instruments of one class swap their weights, so the targets still
 * add up. Run with {@code mvn test-compile exec:exec@bench -Dbench.args=WorkstationBenchmark};
 * results in docs/performance.md. The forks use the quick JIT, as the window does (decision 7).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m", "-XX:TieredStopAtLevel=1"})
public class WorkstationBenchmark {
  @Param({"1000"})
  int positions;

  @Param({"account", "household"})
  String scope;

  private Portfolio book;
  private RebalanceSettings settings;
  private Instrument first;
  private Instrument second;
  private int edits;

  @Setup(Level.Trial)
  public void makeBook() {
    book = SyntheticBook.generate(positions, 5, 42);
    settings =
        RebalanceSettings.builder()
            .scope(RebalanceSettings.Scope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)))
            .build();
    List<Instrument> members =
        book.instruments().stream()
            .filter(i -> i.assetClass().equals(book.instruments().get(0).assetClass()))
            .toList();
    first = members.get(0);
    second = members.get(1);
  }

  /** The book after the next edit: the two instruments' weights swapped, and back. */
  private Portfolio edited() {
    TargetAllocation targets = book.targets();
    BigDecimal a = targets.instrumentWeight(first.symbol()).orElseThrow();
    BigDecimal b = targets.instrumentWeight(second.symbol()).orElseThrow();
    boolean swap = (edits++ % 2) == 0;
    return book.toBuilder()
        .targets(
            targets
                .withInstrumentWeight(first.symbol(), swap ? b.add(new BigDecimal("0.001")) : a)
                .withInstrumentWeight(
                    second.symbol(), swap ? a.subtract(new BigDecimal("0.001")) : b))
        .build();
  }

  /** The proposal's part: the targets checked, the proposal, its review and before/after. */
  @Benchmark
  public Outcome editThenPropose() {
    Portfolio portfolio = edited();
    if (!TargetLevels.incomplete(portfolio).isEmpty()) {
      throw new IllegalStateException("the edit must keep the targets whole");
    }
    Review review = Review.of(Rebalancer.DEFAULT.propose(portfolio, settings));
    return review.outcome();
  }

  /** The holdings table's part: its drift. */
  @Benchmark
  public DriftReport editThenAnalyse() {
    return DriftAnalyzer.DEFAULT.analyze(edited());
  }
}
