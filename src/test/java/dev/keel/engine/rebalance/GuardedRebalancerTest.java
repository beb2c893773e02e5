package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardCheck;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard on proposals: the near-the-edge sample de-risks first and ends within its guard; on
 * random leveraged books a guarded proposal never ends past a guard (selling everything but the
 * cash always keeps every limit, so a feasible proposal always exists), and every de-risking step
 * makes the broken figures better.
 */
class GuardedRebalancerTest {
  private final Portfolio sample = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);

  @Test
  void theNearTheEdgeSample_deRisksFirst_andEndsWithinItsGuard() {
    MarginGuard guard = sample.guard();
    assertThat(GuardCheck.breaches(sample, guard)).isNotEmpty();

    Proposal proposal = GuardedRebalancer.propose(sample, RebalanceSettings.DEFAULT, guard);

    List<Trade> trades = proposal.trades();
    int firstOther = 0;
    while (firstOther < trades.size()
        && trades.get(firstOther).purpose() == Trade.Purpose.DE_RISK) {
      firstOther++;
    }
    assertThat(firstOther).as("de-risking trades come first").isGreaterThan(0);
    assertThat(trades.subList(firstOther, trades.size()))
        .noneMatch(t -> t.purpose() == Trade.Purpose.DE_RISK);
    Portfolio after = Outcome.apply(sample, trades, proposal.cashFlows());
    assertThat(GuardCheck.breaches(after, guard)).isEmpty();
    // each de-risking trade names the limits broken before it and what is left after
    Reason.DeRisk first = (Reason.DeRisk) trades.get(0).reason();
    assertThat(first.before()).extracting(GuardBreach::account).containsOnly("binance");
    assertThat(Wording.reason(first))
        .startsWith("binance is past its guard (binance: margin ratio");
  }

  @Test
  void theIsolatedMarginSetAside_isNotSpentOnBuys() {
    // the isolated account holds 2,500 USDT, 1,500 of it the ETHUSDT short's isolated margin
    Proposal plain = Rebalancer.DEFAULT.propose(sample, RebalanceSettings.DEFAULT);
    Portfolio after = Outcome.apply(sample, plain.trades(), plain.cashFlows());
    BigDecimal cash =
        after.cash().stream()
            .filter(c -> c.account().equals("binance-isolated"))
            .map(c -> c.amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(cash).isGreaterThanOrEqualTo(new BigDecimal("1500"));
  }

  @Test
  void withoutLimits_theProposalIsTheRebalancers() {
    Proposal guarded =
        GuardedRebalancer.propose(sample, RebalanceSettings.DEFAULT, MarginGuard.NONE);
    Proposal plain = Rebalancer.DEFAULT.propose(sample, RebalanceSettings.DEFAULT);
    assertThat(guarded).isEqualTo(plain);
  }

  @Test
  void aBuyThatWouldTakeTheAccountPastItsGuard_isCutOrDropped_withTheGuardNamed() {
    // limits the sample meets after de-risking, then a rebalance that wants to buy on margin
    MarginGuard guard = new MarginGuard(new BigDecimal("0.10"), null, new BigDecimal("10"), null);
    Proposal proposal = GuardedRebalancer.propose(sample, RebalanceSettings.DEFAULT, guard);
    List<String> why = new ArrayList<>();
    proposal.trades().stream()
        .filter(t -> t.reason() instanceof Reason.GuardCut)
        .forEach(t -> why.add(Wording.reason(t.reason())));
    proposal.warnings().stream()
        .filter(w -> w.kind() == RebalanceWarning.Kind.GUARD)
        .forEach(w -> why.add(w.message()));
    assertThat(why).isNotEmpty().allMatch(text -> text.contains("binance"));
    assertThat(
            GuardCheck.breaches(
                Outcome.apply(sample, proposal.trades(), proposal.cashFlows()), guard))
        .isEmpty();
  }

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long seed = 1; seed <= 24; seed++) {
      seeds.add(seed);
    }
    return seeds;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGuardedProposal_neverEndsPastAGuard_andDeRiskingAlwaysMakesItBetter(long seed) {
    Portfolio book = LeveragedBooks.book(seed);
    MarginGuard guard = LeveragedBooks.guard(seed);
    List<GuardBreach> before = GuardCheck.breaches(book, guard);

    Proposal proposal = GuardedRebalancer.propose(book, RebalanceSettings.DEFAULT, guard);

    Portfolio after = Outcome.apply(book, proposal.trades(), proposal.cashFlows());
    assertThat(GuardCheck.breaches(after, guard)).as("seed %d", seed).isEmpty();
    double shortfall = GuardCheck.shortfall(before);
    for (Trade trade : proposal.trades()) {
      if (trade.reason() instanceof Reason.DeRisk derisk) {
        assertThat(GuardCheck.shortfall(derisk.after())).isLessThan(shortfall);
        assertThat(derisk.before()).isEqualTo(before);
      }
    }
    if (before.isEmpty()) {
      assertThat(proposal.trades()).noneMatch(t -> t.purpose() == Trade.Purpose.DE_RISK);
    }
  }
}
