package dev.keel.bench;

import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.SyntheticDerivatives;
import dev.keel.model.Portfolio;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's stress target: the SPAN-like grid (16 scenarios, options repriced, margin worked out
 * again in each) on the 10,000-position book with 5,000 options, every account in cross margin with
 * tiers (as {@link MarginBenchmark}), in at most 300 ms warm. Run with {@code mvn test-compile
 * exec:exec@bench -Dbench.args=StressBenchmark}; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class StressBenchmark {
  private Portfolio book;
  private List<Scenario> span;

  @Setup(Level.Trial)
  public void makeBook() {
    Portfolio generated =
        SyntheticDerivatives.add(SyntheticBook.generate(10000 - 5000 - 300, 20, 42), 5000, 300, 42);
    book = MarginBenchmark.margined(generated, true);
    span = StressCalculator.DEFAULT.scenarios(book, List.of(ScenarioSets.SPAN));
    BookStress stress = StressCalculator.DEFAULT.run(book, span);
    System.out.printf(
        "%n%d scenarios, %d accounts, worst %s%n",
        stress.scenarios().size(), stress.accounts().size(), stress.worstScenario());
  }

  /** The SPAN-like grid on the whole book. */
  @Benchmark
  public BookStress span() {
    return StressCalculator.DEFAULT.run(book, span);
  }
}
