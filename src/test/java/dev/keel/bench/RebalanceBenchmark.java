package dev.keel.bench;

import dev.keel.engine.SyntheticBook;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.ReviewCarryOver;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFormat;
import dev.keel.model.Portfolio;
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
 * The rebalance of the large synthetic book (10,000 positions in 20 accounts), in a warm JVM:
 * proposal with lot rounding, then the generic CSV of every trade. Run with {@code mvn test-compile
 * exec:exec@bench -Dbench.args=RebalanceBenchmark}; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class RebalanceBenchmark {
  @Param({"10000"})
  int positions;

  @Param({"threshold", "calendar"})
  String trigger;

  @Param({"account", "household"})
  String scope;

  private Portfolio portfolio;
  private RebalanceSettings settings;
  private Proposal proposal;
  private Review reviewed;

  @Setup(Level.Trial)
  public void makeBook() {
    portfolio = SyntheticBook.generate(positions, 20, 42);
    settings =
        RebalanceSettings.builder()
            .trigger(RebalanceSettings.Trigger.valueOf(trigger.toUpperCase(java.util.Locale.ROOT)))
            .scope(RebalanceSettings.Scope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)))
            .build();
    proposal = Rebalancer.DEFAULT.propose(portfolio, settings);
    reviewed = Review.of(proposal).approveAll();
  }

  /** Proposal, rounding and the export of every trade as generic CSV. */
  @Benchmark
  public String proposeAndExport() {
    Proposal proposal = Rebalancer.DEFAULT.propose(portfolio, settings);
    return OrderExport.render(
        Review.of(proposal).approveAll(), OrderFormat.GENERIC, OrderTerms.MARKET);
  }

  /** The proposal alone. */
  @Benchmark
  public Proposal propose() {
    return Rebalancer.DEFAULT.propose(portfolio, settings);
  }

  /**
   * Every decision of a reviewed proposal carried to the proposal of a recompute (issue 11: at most
   * 50 ms for the 40,000 trades of the account scope).
   */
  @Benchmark
  public ReviewCarryOver.Result carryOverReview() {
    return ReviewCarryOver.of(reviewed, proposal);
  }
}
