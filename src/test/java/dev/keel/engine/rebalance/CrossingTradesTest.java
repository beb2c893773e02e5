package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Trades that cross within a household: one account sells what another buys. */
class CrossingTradesTest {
  private static final Portfolio STOCKS = TestPortfolios.read(TestPortfolios.STOCKS);

  static Stream<Long> seeds() {
    return LongStream.range(1, 301).boxed();
  }

  /** The symbols some account sells, and some other account buys. */
  private static Set<String> crossing(Proposal proposal) {
    Map<String, Set<Side>> sides = new HashMap<>();
    for (Trade trade : proposal.trades()) {
      sides.computeIfAbsent(trade.symbol(), s -> new HashSet<>()).add(trade.side());
    }
    Set<String> crossing = new HashSet<>();
    sides.forEach(
        (symbol, both) -> {
          if (both.size() == 2) {
            crossing.add(symbol);
          }
        });
    return crossing;
  }

  /** The proposal for a generated book under its random settings, in the given scope. */
  private static Proposal propose(long seed, Scope scope) {
    Portfolio book = RandomBooks.book(seed, RandomBooks.Shape.ANY);
    RebalanceSettings settings = RandomBooks.settings(seed, book).toBuilder().scope(scope).build();
    if (Rebalancer.DEFAULT.check(book, settings).isPresent()) {
      settings = settings.toBuilder().deposit(BigDecimal.ZERO).cashFlowAccount(null).build();
    }
    return Rebalancer.DEFAULT.propose(book, settings);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void householdScope_neverSellsAndBuysTheSameLine(long seed) {
    assertThat(crossing(propose(seed, Scope.HOUSEHOLD))).as("seed " + seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void accountScope_namesEveryCrossingInAWarning(long seed) {
    Proposal proposal = propose(seed, Scope.ACCOUNT);

    Set<String> warned = new HashSet<>();
    proposal.warnings().stream()
        .filter(w -> w.kind() == Kind.CROSSING)
        .forEach(w -> warned.add(w.symbol()));
    assertThat(warned).as("seed " + seed).isEqualTo(crossing(proposal));
  }

  @Test
  void accountScope_stockSample_dropsTheCrossingItChoseAndWarnsOfTheRest() {
    Proposal proposal = Rebalancer.DEFAULT.propose(STOCKS, RebalanceSettings.DEFAULT);

    // taxable sold AMZN only to keep its class's mix while ira buys AMZN for its own band:
    // the class stays inside its band without that sale, so it is left out
    assertThat(proposal.trades())
        .noneMatch(t -> t.symbol().equals("AMZN") && t.side() == Side.SELL);
    assertThat(proposal.outcome().after().breached()).noneMatch(row -> row.key().equals("equity"));
    // the rest cross because each account's own bands call for them: said, not hidden
    assertThat(proposal.warnings())
        .filteredOn(w -> w.kind() == Kind.CROSSING)
        .extracting(RebalanceWarning::symbol)
        .containsExactly("CPB", "JPM", "MMC");
    RebalanceWarning cpb =
        proposal.warnings().stream()
            .filter(w -> w.kind() == Kind.CROSSING && w.symbol().equals("CPB"))
            .findFirst()
            .orElseThrow();
    RebalanceWarning.Crossing figures = (RebalanceWarning.Crossing) cpb.detail();
    assertThat(figures.selling()).containsExactly("ira");
    assertThat(figures.buying()).containsExactly("taxable");
  }

  @Test
  void householdScope_stockSample_tradesEachLineOneWay() {
    Proposal proposal =
        Rebalancer.DEFAULT.propose(
            STOCKS, RebalanceSettings.builder().scope(Scope.HOUSEHOLD).build());

    assertThat(crossing(proposal)).isEmpty();
    assertThat(proposal.warnings()).noneMatch(w -> w.kind() == Kind.CROSSING);
  }
}
