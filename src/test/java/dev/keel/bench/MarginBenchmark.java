package dev.keel.bench;

import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.SyntheticDerivatives;
import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.Book;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Issue 13's first margin target: margin, liquidation prices and the shock to liquidation of the
 * 10,000-position book with 5,000 options ({@code keel generate-book --positions 10000 --accounts
 * 20 --options 5000 --contracts 300}) in at most 100 ms warm, with every account put in cross
 * margin and the linear perpetuals and futures given leverage tiers (the shape of Binance's BTC
 * table). {@code options} = {@code held} keeps the book's options; {@code none} leaves them out, to
 * show what the options' repricing at every trial move of the shock costs. Run with {@code mvn
 * test-compile exec:exec@bench -Dbench.args=MarginBenchmark}; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class MarginBenchmark {
  @Param({"held", "none"})
  String options;

  private Portfolio book;

  @Setup(Level.Trial)
  public void makeBook() {
    Portfolio generated =
        SyntheticDerivatives.add(SyntheticBook.generate(10000 - 5000 - 300, 20, 42), 5000, 300, 42);
    book = margined(generated, options.equals("held"));
    BookMargin margin = MarginCalculator.DEFAULT.compute(book);
    System.out.printf(
        "%n%s: %d accounts, %d contracts with tiers, %d warnings%n",
        options, margin.accounts().size(), margin.positions().size(), margin.warnings().size());
  }

  /** Every account's margin, every contract's liquidation price and every shock. */
  @Benchmark
  public BookMargin margin() {
    return MarginCalculator.DEFAULT.compute(book);
  }

  /** The book with cross accounts, tiers on its linear contracts, and its options or not. */
  static Portfolio margined(Portfolio generated, boolean withOptions) {
    AccountMargin cross = new AccountMargin(MarginMode.CROSS, List.of(), Map.of());
    MarginTiers tiers =
        MarginTiers.of(
            decimals("50000", "250000", "3000000", "10000000", null),
            decimals("0.004", "0.005", "0.01", "0.025", "0.05"),
            decimals("125", "100", "50", "20", "10"),
            Arrays.asList(null, null, null, null, null));
    Book b = generated.book();
    List<Account> accounts =
        b.accounts().stream().map(a -> new Account(a.id(), a.name(), a.venue(), cross)).toList();
    List<Instrument> instruments =
        b.instruments().stream()
            .map(
                i ->
                    (i.type() == AssetType.PERPETUAL || i.type() == AssetType.FUTURE)
                            && !i.terms().isInverse()
                        ? new Instrument(
                            i.symbol(),
                            i.name(),
                            i.assetClass(),
                            i.type(),
                            i.quoteCurrency(),
                            i.lotStep(),
                            i.minQuantity(),
                            i.minNotional(),
                            i.priceTick(),
                            i.multiplier(),
                            i.terms(),
                            tiers)
                        : i)
            .toList();
    Map<String, Instrument> bySymbol = generated.instrumentsBySymbol();
    var positions =
        b.positions().stream()
            .filter(p -> withOptions || bySymbol.get(p.symbol()).type() != AssetType.OPTION)
            .toList();
    return generated.toBuilder()
        .book(new Book(accounts, b.assetClasses(), instruments, positions, b.cash()))
        .build();
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }
}
