package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.TargetWeights;
import dev.keel.engine.Valuation;
import dev.keel.model.Account;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines a proposal weighs, counted up front, and the refusal past the limit. */
class ProposalSizeTest {
  /** What the slices of account scope draw, each account's universe, summed. */
  private static long drawn(Portfolio portfolio) {
    Map<String, Instrument> instruments =
        new LinkedHashMap<>(new TreeMap<>(portfolio.instrumentsBySymbol()));
    Valuation valuation = Valuation.of(portfolio, portfolio.market());
    TargetWeights targets = new TargetWeights(portfolio);
    long lines = 0;
    for (Account account : portfolio.accounts()) {
      List<String> accounts = List.of(account.id());
      SliceBook book =
          new SliceBook(
              portfolio,
              instruments,
              valuation,
              targets,
              accounts,
              portfolio.positions().stream().filter(p -> p.account().equals(account.id())).toList(),
              BigDecimal.ZERO,
              null,
              DeltaBasis.NONE,
              new SliceWarnings(accounts));
      lines += book.universe().size();
    }
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"crypto-spot.json", "stocks-two-accounts.json", "derivatives-book.json"})
  void theCount_isWhatTheSlicesDraw_onEverySample(String sample) {
    Portfolio portfolio = TestPortfolios.read(Path.of("sample-portfolios", sample));

    assertThat(ProposalSize.accountScopeLines(portfolio)).isEqualTo(drawn(portfolio));
  }

  @Test
  void theCount_isWhatTheSlicesDraw_onALargeBook() {
    Portfolio book = SyntheticBook.generate(10_000, 20, 42);

    assertThat(ProposalSize.accountScopeLines(book)).isEqualTo(drawn(book)).isEqualTo(40_000);
  }

  @Test
  void pastTheLimit_accountScopeIsRefusedWithWhatToDo_andHouseholdScopeIsNot() {
    // twenty accounts each following a 12,000-instrument model: 240,000 lines
    Portfolio book = SyntheticBook.generate(60_000, 20, 7);
    RebalanceSettings account = RebalanceSettings.DEFAULT;
    RebalanceSettings household =
        RebalanceSettings.builder().scope(RebalanceSettings.Scope.HOUSEHOLD).build();

    assertThat(Rebalancer.DEFAULT.check(book, account))
        .hasValue(
            "in account scope the 20 accounts would weigh 240,000 lines (each its own holdings and"
                + " every target it can buy), above Keel's limit of 200,000 for one proposal:"
                + " rebalance in household scope (--scope household), or split the book into"
                + " several files");
    assertThat(Rebalancer.DEFAULT.check(book, household)).isEmpty();
  }
}
