package dev.keel.engine.rebalance;

import static dev.keel.engine.rebalance.TinyBooks.holding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rounding to whole lots never makes a line worse: it never ends further from its target, nor
 * outside a band it was inside, and a sale that raises cash raises at most one lot more than
 * needed.
 */
class RoundingGuardTest {

  /**
   * One instrument worth 20,000 in lots of 2,000, cash 190 short of a 1,050 floor: a whole lot
   * would take the line from inside its band to 8.7 pp under target.
   */
  private static final Portfolio COARSE_FLOOR =
      TinyBooks.book(
          List.of(holding("acct", "X", "c", "2000", "1", "10")),
          List.of("acct=860"),
          new TargetAllocation(
              new BigDecimal("0.05"), TinyBooks.weights("c=0.95"), TinyBooks.weights("X=1")),
          BandPolicy.DEFAULT,
          "1050");

  @Test
  void raiseCashSale_neverBreachesABandThatHeld() {
    Proposal proposal = Rebalancer.DEFAULT.propose(COARSE_FLOOR, RebalanceSettings.DEFAULT);

    DriftRow x = proposal.outcome().after().row(RowKind.INSTRUMENT, "X").orElseThrow();
    assertThat(x.breached()).as(proposal.trades().toString()).isFalse();
    assertThat(proposal.trades()).isEmpty();
    assertThat(proposal.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.COARSE_LOT);
              assertThat(w.symbol()).isEqualTo("X");
              RebalanceWarning.CoarseLot lot = (RebalanceWarning.CoarseLot) w.detail();
              assertThat(lot.lotValue().amount()).isEqualByComparingTo("2000");
              assertThat(lot.driftWithLot()).isLessThan(lot.bandLimit().negate());
            })
        .anyMatch(w -> w.detail() instanceof RebalanceWarning.BelowFloor);
  }

  /**
   * Five lines at target in lots of 1,000 and no cash under a 2,500 floor: every line sells in
   * proportion, but the sales stop once the floor is met.
   */
  @Test
  void proportionalSales_overshootTheNeedByLessThanOneLot() {
    Portfolio book =
        TinyBooks.book(
            Stream.of("A", "B", "C", "D", "E")
                .map(s -> holding("acct", s, "c", "100", "10", "100"))
                .toList(),
            List.of("acct=0"),
            new TargetAllocation(
                BigDecimal.ZERO,
                TinyBooks.weights("c=1"),
                TinyBooks.weights("A=0.2", "B=0.2", "C=0.2", "D=0.2", "E=0.2")),
            BandPolicy.DEFAULT,
            "2500");

    Proposal proposal = Rebalancer.DEFAULT.propose(book, RebalanceSettings.DEFAULT);

    BigDecimal raised =
        proposal.trades().stream()
            .filter(t -> t.side() == Side.SELL)
            .map(Trade::notionalBase)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(raised).isGreaterThanOrEqualTo(new BigDecimal("2500"));
    assertThat(raised).isLessThan(new BigDecimal("3500")); // the need plus one lot
  }

  static Stream<RebalanceSettings> partWay() {
    return Stream.of(
        RebalanceSettings.builder().toBandEdge().build(),
        RebalanceSettings.builder().partial(new BigDecimal("0.5")).build());
  }

  /**
   * A is 1.12 pp over a 10% target with a 1 pp band, in lots worth 2.78 pp: one lot would take it
   * to 1.66 pp under, further from target and outside the band on the other side.
   */
  @ParameterizedTest
  @MethodSource("partWay")
  void bandEdgeAndPartial_neverRoundPastTheTargetToAWorseDrift(RebalanceSettings settings) {
    Portfolio book =
        TinyBooks.book(
            List.of(
                holding("acct", "A", "c", "2780", "1", "4"),
                holding("acct", "B", "c", "1", "1", "88880")),
            List.of("acct=0"),
            new TargetAllocation(
                BigDecimal.ZERO, TinyBooks.weights("c=1"), TinyBooks.weights("A=0.1", "B=0.9")),
            new BandPolicy(
                DriftBand.FIVE_TWENTY_FIVE,
                null,
                Map.of(),
                Map.of("A", new DriftBand(new BigDecimal("0.01"), null))),
            "0");

    Proposal proposal = Rebalancer.DEFAULT.propose(book, settings);

    assertThat(proposal.trades()).noneMatch(t -> t.symbol().equals("A"));
    DriftRow a = proposal.outcome().after().row(RowKind.INSTRUMENT, "A").orElseThrow();
    assertThat(a.drift()).isEqualByComparingTo("0.0112");
    assertThat(proposal.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.COARSE_LOT);
              RebalanceWarning.CoarseLot lot = (RebalanceWarning.CoarseLot) w.detail();
              assertThat(lot.side()).isEqualTo(Side.SELL);
              assertThat(lot.drift()).isEqualByComparingTo("0.0112");
              assertThat(lot.driftWithLot()).isEqualByComparingTo("-0.0166");
              assertThat(w.message())
                  .isEqualTo(
                      "A: one more lot (2780.00 USD) would take it from +1.12 pp to -1.66 pp,"
                          + " outside its band of +/-1.0 pp: left out");
            });
  }
}
