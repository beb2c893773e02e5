package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.AssetType;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On the delta basis a line's gap is closed through the instrument the mandate's {@code hedges}
 * names for its underlying, in whole contracts, where an account of the slice holds it; the figures
 * are worked out here a second way, from the drift report.
 */
class HedgeRoutingTest {
  private static final Portfolio DERIVATIVES = TestPortfolios.read(TestPortfolios.DERIVATIVES);
  private static final Portfolio CRYPTO_DERIVATIVES =
      TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
  private static final RebalanceSettings HOUSEHOLD =
      RebalanceSettings.builder().scope(Scope.HOUSEHOLD).build();

  private static List<Trade> of(Proposal proposal, String symbol) {
    return proposal.trades().stream().filter(t -> t.symbol().equals(symbol)).toList();
  }

  @Test
  void btcGap_isClosedWithWholeLotsOfThePerpetual_notTheSpot() {
    Proposal proposal = Rebalancer.DEFAULT.propose(DERIVATIVES, HOUSEHOLD);

    DriftReport drift = DriftAnalyzer.DEFAULT.analyze(DERIVATIVES);
    DriftRow btc = drift.row(RowKind.INSTRUMENT, "BTC").orElseThrow();
    BigDecimal gap = btc.targetWeight().multiply(drift.equity()).subtract(btc.exposure());
    BigDecimal perContract = new BigDecimal("91310.5"); // linear, multiplier 1, USD = base
    BigDecimal contracts =
        gap.divide(perContract, 3, RoundingMode.DOWN); // lot step 0.001, toward zero

    assertThat(of(proposal, "BTC")).isEmpty();
    Trade perpetual = of(proposal, "BTC-PERPETUAL").get(0);
    assertThat(perpetual.account()).isEqualTo("deribit");
    assertThat(perpetual.side()).isEqualTo(Side.BUY);
    assertThat(perpetual.quantity()).isEqualByComparingTo(contracts);
    assertThat(contracts).isGreaterThan(BigDecimal.ZERO);
  }

  @Test
  void theReason_speaksOfNetDelta_andCostsTheFundingOverAWeek() {
    Proposal proposal = Rebalancer.DEFAULT.propose(DERIVATIVES, HOUSEHOLD);
    Trade perpetual = of(proposal, "BTC-PERPETUAL").get(0);

    Reason.ThroughHedge through = (Reason.ThroughHedge) perpetual.reason();
    Reason.LineOffTarget line = (Reason.LineOffTarget) through.line();
    DriftRow btc = DriftAnalyzer.DEFAULT.analyze(DERIVATIVES).row(RowKind.INSTRUMENT, "BTC").get();
    // net delta in BTC: the exposure over one BTC's value
    double netDelta = btc.exposure().doubleValue() / 91250;
    assertThat(line.exposure().units().doubleValue()).isCloseTo(netDelta, within(1e-6));
    // a long pays 0.01 % of its notional three times a day while the rate is positive
    double funding = perpetual.quantity().doubleValue() * 91310.5 * 0.0001 * 3 * 7;
    assertThat(through.funding().amount().doubleValue()).isCloseTo(funding, within(1e-6));
    assertThat(through.fundingDays()).isEqualTo(HedgeRoute.FUNDING_DAYS);
    assertThat(perpetual.reasonText())
        .startsWith(
            "BTC net delta "
                + BigDecimal.valueOf(netDelta).round(new java.math.MathContext(4)).toPlainString()
                + " BTC, 18.8% vs target 35.0%")
        .contains("through BTC-PERPETUAL")
        .contains("funding paid over 7 days");
  }

  @Test
  void spxExposure_isTradedThroughTheFuture_andTheSpotTakesWhatAContractCannot() {
    // enough cash in the broker account for the rest of the S&P gap to be bought in SPY
    RebalanceSettings settings =
        RebalanceSettings.builder()
            .deposit(new BigDecimal("300000"))
            .cashFlowAccount("ibkr-margin")
            .build();
    Proposal proposal = Rebalancer.DEFAULT.propose(DERIVATIVES, settings);

    Trade future = of(proposal, "ESZ6").get(0);
    assertThat(future.side()).isEqualTo(Side.BUY); // buys back the short
    assertThat(future.quantity()).isGreaterThanOrEqualTo(BigDecimal.ONE);
    Trade spy = of(proposal, "SPY").get(0);
    assertThat(spy.side()).isEqualTo(Side.BUY);
    Portfolio traded = Outcome.apply(DERIVATIVES, proposal.trades(), proposal.cashFlows());
    // the broker account's own weights, which account scope aims at
    DriftRow after =
        DriftAnalyzer.DEFAULT
            .analyzeAccount(traded, DERIVATIVES.market(), "ibkr-margin")
            .row(RowKind.INSTRUMENT, "SPY")
            .orElseThrow();
    assertThat(after.exposureWeight().doubleValue())
        .isCloseTo(after.targetWeight().doubleValue(), within(0.005));
    assertThat(after.breached()).isFalse();
  }

  @Test
  void aContractTrade_movesNoPremium_onlyItsFeeAndTheProfitItRealises() {
    Proposal proposal = Rebalancer.DEFAULT.propose(DERIVATIVES, HOUSEHOLD);
    Trade perpetual = of(proposal, "BTC-PERPETUAL").get(0);
    assertThat(perpetual.quantity()).isGreaterThan(new BigDecimal("0.5"));

    Portfolio after = Outcome.apply(DERIVATIVES, List.of(perpetual), Map.of());
    // the buy closes the whole 0.5 short opened at 88,400, at the trade's price, and opens a long
    BigDecimal realised =
        new BigDecimal("0.5").multiply(new BigDecimal("88400").subtract(perpetual.price()));
    BigDecimal cashBefore = cash(DERIVATIVES, "deribit");
    assertThat(cash(after, "deribit"))
        .isEqualByComparingTo(cashBefore.add(realised).subtract(perpetual.fee()));
    assertThat(held(after, "deribit", "BTC-PERPETUAL"))
        .isEqualByComparingTo(new BigDecimal("-0.5").add(perpetual.quantity()));
  }

  @Test
  void withoutHedges_noDerivativeIsEverTraded() {
    Portfolio unhedged = DERIVATIVES.toBuilder().hedges(Map.of()).build();
    for (RebalanceSettings settings : List.of(RebalanceSettings.DEFAULT, HOUSEHOLD)) {
      Proposal proposal = Rebalancer.DEFAULT.propose(unhedged, settings);
      assertThat(proposal.trades())
          .allSatisfy(
              t ->
                  assertThat(unhedged.instrumentsBySymbol().get(t.symbol()).type())
                      .isNotIn(AssetType.PERPETUAL, AssetType.FUTURE, AssetType.OPTION));
    }
    Proposal hedged = Rebalancer.DEFAULT.propose(DERIVATIVES, HOUSEHOLD);
    assertThat(hedged.trades())
        .filteredOn(t -> !unhedged.instrumentsBySymbol().get(t.symbol()).isAllocated())
        .extracting(Trade::symbol)
        .isNotEmpty()
        .allMatch(DERIVATIVES.hedges()::containsValue);
  }

  @Test
  void anAccountThatDoesNotHoldTheHedge_tradesItsSpot() {
    // Binance holds a linear BTCUSDT perpetual, not Deribit's BTC-PERPETUAL the mandate names
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO_DERIVATIVES, RebalanceSettings.DEFAULT);

    assertThat(proposal.trades())
        .filteredOn(t -> t.account().equals("binance"))
        .extracting(Trade::symbol)
        .doesNotContain("BTC-PERPETUAL")
        .contains("BTC");
    assertThat(proposal.trades())
        .filteredOn(t -> t.account().equals("deribit"))
        .extracting(Trade::symbol)
        .contains("BTC-PERPETUAL")
        .doesNotContain("BTC");
  }

  @Test
  void theRoute_doesNotDependOnTheOrderOfPositions() {
    Proposal expected = Rebalancer.DEFAULT.propose(CRYPTO_DERIVATIVES, HOUSEHOLD);
    List<Position> shuffled = new ArrayList<>(CRYPTO_DERIVATIVES.positions());
    Collections.shuffle(shuffled, new Random(7));
    Portfolio reordered = CRYPTO_DERIVATIVES.toBuilder().positions(shuffled).build();

    Proposal proposal = Rebalancer.DEFAULT.propose(reordered, HOUSEHOLD);

    assertThat(proposal.trades()).isEqualTo(expected.trades());
  }

  private static BigDecimal cash(Portfolio portfolio, String account) {
    return portfolio.cash().stream()
        .filter(c -> c.account().equals(account) && c.currency().equals("USD"))
        .map(c -> c.amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal held(Portfolio portfolio, String account, String symbol) {
    return portfolio.positions().stream()
        .filter(p -> p.account().equals(account) && p.symbol().equals(symbol))
        .map(Position::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
