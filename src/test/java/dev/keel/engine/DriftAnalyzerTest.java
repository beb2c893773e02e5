package dev.keel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftAnalyzerTest {
  /** Weights are kept to 1e-10; the double oracle below agrees to well within this. */
  private static final double WEIGHT_TOLERANCE = 1e-9;

  private final Portfolio crypto = TestPortfolios.read(TestPortfolios.CRYPTO);

  private static double weightOf(DriftReport report, RowKind kind, String key) {
    return report.row(kind, key).orElseThrow().currentWeight().doubleValue();
  }

  @Test
  void analyze_cryptoSample_matchesHandComputedValues() {
    DriftReport report = DriftAnalyzer.DEFAULT.analyze(crypto);

    // quantity x price, worked out by hand from the sample file
    double btc = 0.85 * 91250.4;
    double eth = 9.5 * 3050.75;
    double sol = 180 * 142.31;
    double usdc = 12000 * 0.9998;
    double cash = 3500;
    double total = btc + eth + sol + usdc + cash;

    assertThat(report.totalValue()).isEqualByComparingTo("147658.365");
    assertThat(weightOf(report, RowKind.INSTRUMENT, "BTC"))
        .isCloseTo(btc / total, within(WEIGHT_TOLERANCE));
    assertThat(weightOf(report, RowKind.ASSET_CLASS, "core"))
        .isCloseTo((btc + eth) / total, within(WEIGHT_TOLERANCE));
    assertThat(weightOf(report, RowKind.CASH, "USD"))
        .isCloseTo(cash / total, within(WEIGHT_TOLERANCE));

    DriftRow btcRow = report.row(RowKind.INSTRUMENT, "BTC").orElseThrow();
    assertThat(btcRow.targetWeight()).isEqualByComparingTo("0.39"); // 0.65 x 0.6
    assertThat(btcRow.drift().doubleValue())
        .isCloseTo(btc / total - 0.39, within(WEIGHT_TOLERANCE));
    assertThat(btcRow.bandLimit()).isEqualByComparingTo("0.05");
  }

  @Test
  void analyze_cryptoSample_breachesTheBandsOutsideTheirLimits() {
    DriftReport report = DriftAnalyzer.DEFAULT.analyze(crypto);

    assertThat(report.breached())
        .extracting(DriftRow::key)
        .containsExactly("core", "BTC", "ETH", "stable", "USDC");
    // SOL: +2.35 pp against a 5/25 band of 3.75 pp (a quarter of 15%) stays inside
    DriftRow sol = report.row(RowKind.INSTRUMENT, "SOL").orElseThrow();
    assertThat(sol.breached()).isFalse();
    assertThat(sol.bandLimit()).isEqualByComparingTo("0.0375");
    // the stablecoin class has its own 3 pp band, which its instrument inherits
    assertThat(report.row(RowKind.INSTRUMENT, "USDC").orElseThrow().bandLimit())
        .isEqualByComparingTo("0.03");
  }

  @Test
  void analyze_rowsAreInTreeOrderWithCashLast() {
    DriftReport report = DriftAnalyzer.DEFAULT.analyze(TestPortfolios.read(TestPortfolios.STOCKS));

    assertThat(report.rows())
        .extracting(r -> "  ".repeat(r.depth()) + r.key())
        .containsExactly(
            "equity",
            "  index",
            "    SPY",
            "  sectors",
            "    financials",
            "      JPM",
            "      MMC",
            "    consumer",
            "      AMZN",
            "      TGT",
            "income",
            "  CPB",
            "  MO",
            "USD");
  }

  @Test
  void analyze_instrumentHeldInTwoAccounts_isOneLineWithABreakdown() {
    DriftReport report = DriftAnalyzer.DEFAULT.analyze(TestPortfolios.read(TestPortfolios.STOCKS));

    DriftRow spy = report.row(RowKind.INSTRUMENT, "SPY").orElseThrow();
    assertThat(spy.quantity()).isEqualByComparingTo("550");
    assertThat(spy.holdings())
        .extracting(AccountHolding::account, h -> h.quantity().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ira", 150),
            org.assertj.core.groups.Tuple.tuple("taxable", 400));
  }

  @Test
  void analyze_derivatives_areExposureNotAllocation() {
    DriftReport report =
        DriftAnalyzer.DEFAULT.analyze(TestPortfolios.read(TestPortfolios.DERIVATIVES));

    // DAX future: 1 x 19420 x multiplier 25 x EUR rate 1.0842
    DerivativeLine dax =
        report.derivatives().stream()
            .filter(d -> d.symbol().equals("FDXZ6"))
            .findFirst()
            .orElseThrow();
    assertThat(dax.exposure()).isEqualByComparingTo("526379.1");
    // what a trader looks for first: the quote currency, the underlying and the days left,
    // counted from the book's as-of date (2026-11-20) to the expiry
    assertThat(dax.currency()).isEqualTo("EUR");
    assertThat(dax.underlying()).isEqualTo("DAX");
    assertThat(dax.expiry()).isEqualTo(java.time.LocalDate.of(2026, 12, 18));
    assertThat(dax.daysToExpiry()).isEqualTo(28L);
    DerivativeLine perpetual =
        report.derivatives().stream()
            .filter(d -> d.symbol().equals("BTC-PERPETUAL"))
            .findFirst()
            .orElseThrow();
    assertThat(perpetual.expiry()).isNull();
    assertThat(perpetual.daysToExpiry()).isNull();
    assertThat(perpetual.expiresWithin(10_000)).isFalse();
    // cash: 1500 + 12000 USD and -2500 EUR at 1.0842
    assertThat(report.cashValue()).isEqualByComparingTo("10789.5");
    // spot only: 1.2 BTC, 25000 USDC, 320 SPY, plus cash
    assertThat(report.totalValue()).isEqualByComparingTo("332522.90");
    assertThat(report.rows()).extracting(DriftRow::key).doesNotContain("hedges", "ESZ6");
  }

  @Test
  void analyze_ignoresTheOrderOfPositions() {
    List<Position> shuffled =
        new ArrayList<>(TestPortfolios.read(TestPortfolios.STOCKS).positions());
    Portfolio stocks = TestPortfolios.read(TestPortfolios.STOCKS);
    Collections.shuffle(shuffled, new Random(7));
    Portfolio reordered = TestPortfolios.withPositions(stocks, shuffled);

    assertThat(DriftAnalyzer.DEFAULT.analyze(reordered))
        .isEqualTo(DriftAnalyzer.DEFAULT.analyze(stocks));
  }

  @Test
  void analyze_withoutTargets_breachesNothing() {
    DriftReport report =
        DriftAnalyzer.DEFAULT.analyze(crypto.toBuilder().targets(TargetAllocation.NONE).build());

    assertThat(report.targetsSet()).isFalse();
    assertThat(report.breached()).isEmpty();
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.targetWeight()).isNull());
  }

  /** Invariants over many generated books of different shapes. */
  @Test
  void analyze_generatedBooks_holdTheInvariants() {
    for (int seed = 1; seed <= 40; seed++) {
      int accounts = 1 + seed % 5;
      int positions = accounts * (10 + seed * 3);
      Portfolio book = SyntheticBook.generate(positions, accounts, seed);
      DriftReport report = DriftAnalyzer.DEFAULT.analyze(book);

      BigDecimal topLevel =
          report.rows().stream()
              .filter(r -> r.depth() == 0)
              .map(DriftRow::marketValue)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(topLevel)
          .as("seed %d: top level adds up to the total", seed)
          .isEqualByComparingTo(report.totalValue());
      for (DriftRow row : report.rows()) {
        BigDecimal childSum =
            report.rows().stream()
                .filter(r -> row.key().equals(r.parent()))
                .map(DriftRow::marketValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (row.kind() == RowKind.ASSET_CLASS) {
          assertThat(childSum)
              .as("seed %d: class %s = its members", seed, row.key())
              .isEqualByComparingTo(row.marketValue());
        }
        double limit = row.bandLimit().doubleValue();
        double drift = Math.abs(row.drift().doubleValue());
        if (Math.abs(drift - limit) > WEIGHT_TOLERANCE) {
          assertThat(row.breached())
              .as("seed %d: %s breached", seed, row.key())
              .isEqualTo(drift > limit);
        }
      }
    }
  }
}
