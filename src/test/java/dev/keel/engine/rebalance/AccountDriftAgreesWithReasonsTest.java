package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weights an account's drift report shows are those the account-scope reasons quote: the same
 * line's weight before the trades and its target, to a tenth of a percent as the trader reads them.
 */
class AccountDriftAgreesWithReasonsTest {
  /** A tenth of a percent, the precision the window and the reasons show weights with. */
  private static final double SHOWN = 0.001;

  static Stream<Object[]> books() {
    List<Object[]> cases = new ArrayList<>();
    for (var sample :
        List.of(TestPortfolios.CRYPTO, TestPortfolios.STOCKS, TestPortfolios.DERIVATIVES)) {
      cases.add(new Object[] {sample.getFileName().toString(), TestPortfolios.read(sample)});
    }
    cases.add(new Object[] {"derivatives-book.json on value", TestPortfolios.derivativesOnValue()});
    LongStream.range(1, 61)
        .forEach(
            seed ->
                cases.add(
                    new Object[] {
                      "seed " + seed, RandomBooks.book(seed, RandomBooks.Shape.FRICTIONLESS)
                    }));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void everyLineReason_quotesTheWeightsOfItsAccountsDriftReport(String name, Portfolio book) {
    RebalanceSettings settings = RebalanceSettings.builder().scope(Scope.ACCOUNT).build();
    if (Rebalancer.DEFAULT.check(book, settings).isPresent()) {
      return; // nothing proposed, nothing quoted
    }
    Proposal proposal = Rebalancer.DEFAULT.propose(book, settings);
    int compared = 0;
    for (Trade trade : proposal.trades()) {
      DriftReport account =
          DriftAnalyzer.DEFAULT.analyzeAccount(book, book.market(), trade.account());
      Reason reason = trade.reason() instanceof Reason.Then then ? then.first() : trade.reason();
      if (reason instanceof Reason.LineOffTarget line) {
        DriftRow row = account.row(RowKind.INSTRUMENT, line.symbol()).orElseThrow();
        assertClose(name, line.symbol(), row.currentWeight(), line.weight());
        assertClose(name, line.symbol(), row.targetWeight(), line.target());
        assertThat(row.breached()).as(name + " " + line.symbol()).isEqualTo(line.breached());
        compared++;
      } else if (reason instanceof Reason.ClassOffTarget member) {
        DriftRow row = account.row(RowKind.ASSET_CLASS, member.classId()).orElseThrow();
        assertClose(name, member.classId(), row.currentWeight(), member.classWeight());
        assertClose(name, member.classId(), row.targetWeight(), member.classTarget());
        assertThat(row.breached()).as(name + " " + member.classId()).isTrue();
        compared++;
      }
    }
    if (name.equals("derivatives-book.json on value")) {
      assertThat(compared).as("the sample's reasons quote weights").isPositive();
    }
  }

  private static void assertClose(String name, String key, BigDecimal shown, BigDecimal quoted) {
    assertThat(shown.doubleValue())
        .as(name + " " + key)
        .isCloseTo(quoted.doubleValue(), within(SHOWN));
  }
}
