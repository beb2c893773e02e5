package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RebalancerTest {
  /** Weights shown to one decimal of a percent are checked to half of that. */
  private static final org.assertj.core.data.Offset<BigDecimal> WEIGHT =
      org.assertj.core.data.Offset.offset(new BigDecimal("0.0005"));

  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);
  private static final Portfolio STOCKS = TestPortfolios.read(TestPortfolios.STOCKS);

  @Test
  void propose_cryptoSample_sellsTheOverweightAndExplainsWhy() {
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT);

    Trade btc = proposal.trades().get(0);
    assertThat(btc.symbol()).isEqualTo("BTC");
    assertThat(btc.side()).isEqualTo(Side.SELL);
    assertThat(btc.reason())
        .isInstanceOfSatisfying(
            Reason.LineOffTarget.class,
            reason -> {
              assertThat(reason.weight()).isCloseTo(new BigDecimal("0.525"), WEIGHT);
              assertThat(reason.target()).isEqualByComparingTo("0.39");
              assertThat(reason.bandLimit()).isEqualByComparingTo("0.05");
              assertThat(reason.breached()).isTrue();
              assertThat(reason.side()).isEqualTo(Side.SELL);
              assertThat(reason.aim().destination()).isEqualTo(Destination.TARGET);
            });
    assertThat(btc.reasonText())
        .isEqualTo("BTC 52.5% vs target 39.0%, band +/-5.0 pp breached: sell to target");
    assertThat(proposal.trades()).extracting(Trade::id).startsWith("T1", "T2");
    // sells come before buys, so the cash is there when the buys go out
    assertThat(proposal.trades())
        .extracting(Trade::side)
        .isSortedAccordingTo((a, b) -> Boolean.compare(a == Side.BUY, b == Side.BUY));
    assertThat(proposal.outcome().after().breached()).isEmpty();
  }

  @Test
  void propose_feesFollowTheCostSchedule() {
    Trade btc = Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT).trades().get(0);
    // 40 bps commission, rounded up to the cent; 5 bps slippage
    assertThat(btc.fee())
        .isEqualByComparingTo(
            btc.notional()
                .multiply(new BigDecimal("0.004"))
                .setScale(2, java.math.RoundingMode.CEILING));
    assertThat(btc.slippageBase())
        .isEqualByComparingTo(
            btc.notional()
                .multiply(new BigDecimal("0.0005"))
                .setScale(2, java.math.RoundingMode.CEILING));
  }

  @Test
  void buyOnly_investsTheDepositMostUnderweightFirst() {
    RebalanceSettings settings =
        RebalanceSettings.builder().deposit(new BigDecimal("5000")).mode(Mode.BUY_ONLY).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, settings);

    assertThat(proposal.trades()).allMatch(t -> t.side() == Side.BUY);
    // USDC is 8.9 pp under target, ETH 6.4 pp: the deposit goes to USDC first
    assertThat(proposal.trades().get(0).symbol()).isEqualTo("USDC");
    assertThat(proposal.warnings())
        .anyMatch(w -> w.kind() == Kind.MODE && w.symbol().equals("BTC"));
  }

  @Test
  void sellOnly_raisesTheWithdrawalAndNeverBuys() {
    RebalanceSettings settings =
        RebalanceSettings.builder().withdraw(new BigDecimal("20000")).mode(Mode.SELL_ONLY).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, settings);

    assertThat(proposal.trades()).isNotEmpty().allMatch(t -> t.side() == Side.SELL);
    Outcome outcome = proposal.outcome();
    assertThat(outcome.totals().cashAfter())
        .isGreaterThanOrEqualTo(CRYPTO.cashPolicy().minimumAmount());
    assertThat(proposal.cashFlows()).containsEntry("kraken-spot", new BigDecimal("-20000"));
  }

  @Test
  void withdrawalLargerThanWhatCanBeSold_isPaidOnlyInPartWithAWarning() {
    Portfolio noSales =
        CRYPTO.toBuilder()
            .restrictions(
                java.util.Map.of(
                    "BTC", dev.keel.model.Restriction.DO_NOT_TRADE,
                    "ETH", dev.keel.model.Restriction.DO_NOT_TRADE,
                    "SOL", dev.keel.model.Restriction.DO_NOT_TRADE,
                    "USDC", dev.keel.model.Restriction.DO_NOT_TRADE))
            .build();
    RebalanceSettings settings =
        RebalanceSettings.builder().withdraw(new BigDecimal("10000")).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(noSales, settings);

    assertThat(proposal.trades()).isEmpty();
    // 3,500 of cash less the 500 floor is all that can be paid out
    assertThat(proposal.cashFlows().get("kraken-spot")).isEqualByComparingTo("-3000");
    assertThat(proposal.warnings()).anyMatch(w -> w.kind() == Kind.WITHDRAWAL_SHORT);
  }

  @Test
  void restrictedLine_isNeverBought_andSaysSo() {
    Proposal proposal = Rebalancer.DEFAULT.propose(STOCKS, RebalanceSettings.DEFAULT);

    assertThat(proposal.trades()).noneMatch(t -> t.symbol().equals("MO") && t.side() == Side.BUY);
    assertThat(proposal.warnings())
        .anyMatch(w -> w.kind() == Kind.RESTRICTED && w.message().contains("no-buy"));
  }

  @Test
  void householdScope_placesSellsWhereTheHoldingIs() {
    RebalanceSettings settings =
        RebalanceSettings.builder().scope(RebalanceSettings.Scope.HOUSEHOLD).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(STOCKS, settings);

    assertThat(proposal.trades()).isNotEmpty();
    assertThat(proposal.outcome().after().breached()).isEmpty();
  }

  @Test
  void bandEdge_leavesLinesAtTheEdgeNotTheTarget() {
    RebalanceSettings settings = RebalanceSettings.builder().toBandEdge().build();
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, settings);
    var btc = proposal.outcome().after().row(dev.keel.engine.RowKind.INSTRUMENT, "BTC").get();

    // BTC was 13.5 pp over: it ends just inside its 5 pp band, not at target
    assertThat(btc.drift()).isBetween(new BigDecimal("0.045"), new BigDecimal("0.0499"));
    assertThat(btc.breached()).isFalse();
  }

  @Test
  void turnoverCap_scalesTradesAndWarns() {
    RebalanceSettings settings =
        RebalanceSettings.builder().maxTurnover(new BigDecimal("0.05")).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, settings);

    assertThat(proposal.outcome().totals().turnoverShare())
        .isLessThanOrEqualTo(new BigDecimal("0.05"));
    assertThat(proposal.warnings()).anyMatch(w -> w.kind() == Kind.TURNOVER_CAP);
  }

  @Test
  void tradeBelowTheExchangeMinimum_isDroppedWithAWarning() {
    RebalanceSettings settings =
        RebalanceSettings.builder().minTradeNotional(new BigDecimal("15000")).build();
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, settings);

    assertThat(proposal.trades())
        .allMatch(t -> t.notionalBase().compareTo(new BigDecimal("15000")) >= 0);
    assertThat(proposal.warnings()).anyMatch(w -> w.kind() == Kind.BELOW_TRADE_MINIMUM);
  }

  @Test
  void check_refusesImpossibleRequests() {
    assertThat(
            Rebalancer.DEFAULT.check(
                CRYPTO, RebalanceSettings.builder().withdraw(new BigDecimal("1000000")).build()))
        .get()
        .asString()
        .contains("larger than everything in the account");
    assertThat(
            Rebalancer.DEFAULT.check(
                STOCKS, RebalanceSettings.builder().deposit(BigDecimal.TEN).build()))
        .get()
        .asString()
        .contains("name the account");
    assertThat(
            Rebalancer.DEFAULT.check(
                CRYPTO.toBuilder().targets(TargetAllocation.NONE).build(),
                RebalanceSettings.DEFAULT))
        .get()
        .asString()
        .contains("no targets");
    assertThatThrownBy(
            () ->
                Rebalancer.DEFAULT.propose(
                    STOCKS,
                    RebalanceSettings.builder()
                        .deposit(BigDecimal.TEN)
                        .cashFlowAccount("nope")
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no account 'nope'");
  }

  @Test
  void purposes_tellRebalancingFromRaisingCash() {
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT);
    assertThat(proposal.trades()).extracting(Trade::purpose).contains(Purpose.REBALANCE);
  }
}
