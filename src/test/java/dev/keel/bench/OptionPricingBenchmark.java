package dev.keel.bench;

import dev.keel.analytics.pricing.Greeks;
import dev.keel.analytics.pricing.ImpliedVolResult;
import dev.keel.analytics.pricing.ImpliedVolatility;
import dev.keel.analytics.pricing.OptionModel;
import dev.keel.analytics.pricing.OptionPricer;
import dev.keel.analytics.pricing.OptionSpec;
import dev.keel.analytics.pricing.StandardNormal;
import dev.keel.model.ExerciseStyle;
import dev.keel.model.OptionRight;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.NormalDistribution;
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
 * Option prices, Greeks and implied volatilities in bulk, in a warm JVM (issue 12): the price and
 * five Greeks of 100,000 European positions (target 20 ms), the implied volatilities of 10,000
 * European prices (target 10 ms), the same for American options, and the normal distribution
 * function that decides most of it (Keel's Cody approximation against commons-math). Run with
 * {@code mvn test-compile exec:exec@bench -Dbench.args=OptionPricingBenchmark}; results in
 * docs/performance.md.
 *
 * <p>The book is seeded: spot 100, strikes lognormal around it (30 % wide), one week to two years,
 * volatilities 10 % to 90 %, calls and puts, a fifth of them Black-76, rate 3 %, yield 1 %.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class OptionPricingBenchmark {
  private static final int POSITIONS = 100_000;
  private static final int QUOTES = 10_000;
  private static final int AMERICAN_QUOTES = 1_000;

  private List<OptionSpec> european;
  private OptionSpec[] quoted;
  private double[] quotes;
  private OptionSpec[] americanQuoted;
  private double[] americanQuotes;
  private double[] arguments;
  private final NormalDistribution commonsNormal = new NormalDistribution(null, 0, 1);

  @Setup(Level.Trial)
  public void makeBook() {
    Random random = new Random(12);
    european = new ArrayList<>(POSITIONS);
    for (int i = 0; i < POSITIONS; i++) {
      european.add(option(random, ExerciseStyle.EUROPEAN));
    }
    quoted = new OptionSpec[QUOTES];
    quotes = new double[QUOTES];
    for (int i = 0; i < QUOTES; i++) {
      quoted[i] = european.get(i);
      quotes[i] = OptionPricer.DEFAULT.price(quoted[i]);
    }
    americanQuoted = new OptionSpec[AMERICAN_QUOTES];
    americanQuotes = new double[AMERICAN_QUOTES];
    for (int i = 0; i < AMERICAN_QUOTES; i++) {
      americanQuoted[i] = option(random, ExerciseStyle.AMERICAN);
      americanQuotes[i] = OptionPricer.DEFAULT.price(americanQuoted[i]);
    }
    arguments = new double[POSITIONS];
    for (int i = 0; i < POSITIONS; i++) {
      arguments[i] = random.nextGaussian() * 2;
    }
  }

  private static OptionSpec option(Random random, ExerciseStyle exercise) {
    return new OptionSpec(
        random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT,
        exercise,
        random.nextInt(5) == 0 ? OptionModel.BLACK_76 : OptionModel.BLACK_SCHOLES_MERTON,
        100,
        100 * Math.exp(0.3 * random.nextGaussian()),
        7 / 365.0 + random.nextDouble() * 2,
        0.03,
        0.01,
        0.1 + 0.8 * random.nextDouble());
  }

  /** Price and five Greeks of 100,000 European positions, through the list form. */
  @Benchmark
  public List<Greeks> greeksOfEuropeanBook() {
    return OptionPricer.DEFAULT.greeks(european);
  }

  /** The same, one spec at a time, summing the deltas (no list of results). */
  @Benchmark
  public double greeksOneByOne() {
    double delta = 0;
    for (OptionSpec spec : european) {
      delta += OptionPricer.DEFAULT.greeks(spec).delta();
    }
    return delta;
  }

  /** The same Black-Scholes work on commons-math's normal distribution, for the CDF decision. */
  @Benchmark
  public double greeksOnCommonsMathNormal() {
    return blackScholesBook(commonsNormal::cumulativeProbability, commonsNormal::density);
  }

  /** The benchmark's own Black-Scholes on Keel's normal distribution: the pair of the above. */
  @Benchmark
  public double greeksOnKeelNormal() {
    return blackScholesBook(StandardNormal::cdf, StandardNormal::pdf);
  }

  /** Implied volatilities of 10,000 European prices. */
  @Benchmark
  public double impliedVolatilities() {
    double sum = 0;
    for (int i = 0; i < QUOTES; i++) {
      ImpliedVolResult result = ImpliedVolatility.DEFAULT.solve(quoted[i], quotes[i]);
      sum += result.volatility();
    }
    return sum;
  }

  /** Implied volatilities of 1,000 American prices (Bjerksund-Stensland 2002 and Brent). */
  @Benchmark
  public double impliedVolatilitiesAmerican() {
    double sum = 0;
    for (int i = 0; i < AMERICAN_QUOTES; i++) {
      sum += ImpliedVolatility.DEFAULT.solve(americanQuoted[i], americanQuotes[i]).volatility();
    }
    return sum;
  }

  /** Price and Greeks of 1,000 American positions (finite differences of BS2002). */
  @Benchmark
  public double greeksAmerican() {
    double delta = 0;
    for (OptionSpec spec : americanQuoted) {
      delta += OptionPricer.DEFAULT.greeks(spec).delta();
    }
    return delta;
  }

  /** 100,000 values of Keel's normal distribution function. */
  @Benchmark
  public double normalCdfKeel() {
    double sum = 0;
    for (double x : arguments) {
      sum += StandardNormal.cdf(x);
    }
    return sum;
  }

  /** 100,000 values of commons-math's. */
  @Benchmark
  public double normalCdfCommonsMath() {
    double sum = 0;
    for (double x : arguments) {
      sum += commonsNormal.cumulativeProbability(x);
    }
    return sum;
  }

  /** Black-Scholes-Merton price and Greeks of the book's options on the given normal functions. */
  private double blackScholesBook(DoubleUnaryOperator cdf, DoubleUnaryOperator pdf) {
    double total = 0;
    for (OptionSpec o : european) {
      double sign = o.isCall() ? 1 : -1;
      double t = o.years();
      double rootT = Math.sqrt(t);
      double sd = o.volatility() * rootT;
      double q = o.model() == OptionModel.BLACK_76 ? o.rate() : o.yield();
      double d1 = (Math.log(o.underlyingPrice() / o.strike()) + (o.rate() - q) * t) / sd + 0.5 * sd;
      double spotPv = o.underlyingPrice() * Math.exp(-q * t);
      double strikePv = o.strike() * Math.exp(-o.rate() * t);
      double n1 = cdf.applyAsDouble(sign * d1);
      double n2 = cdf.applyAsDouble(sign * (d1 - sd));
      double density = pdf.applyAsDouble(d1);
      double price = sign * (spotPv * n1 - strikePv * n2);
      double delta = sign * spotPv / o.underlyingPrice() * n1;
      double gamma = spotPv * density / (o.underlyingPrice() * o.underlyingPrice() * sd);
      double vega = spotPv * density * rootT;
      double theta = -spotPv * density * o.volatility() / (2 * rootT);
      double rho = sign * strikePv * t * n2;
      total += price + delta + gamma + vega + theta + rho;
    }
    return total;
  }
}
