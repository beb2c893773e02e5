package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The same book valued and rebalanced under another market snapshot, as a stress scenario is. */
class SnapshotProposalsTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);

  /** The crypto sample's snapshot with BTC 30% lower. */
  private static MarketSnapshot btcDown30() {
    Price btc = CRYPTO.market().price("BTC").orElseThrow();
    return CRYPTO
        .market()
        .withPrice(new Price("BTC", btc.value().multiply(new BigDecimal("0.7")), btc.asOf()));
  }

  @Test
  void drift_underAnotherSnapshot_valuesTheSameBookThere() {
    DriftReport own = DriftAnalyzer.DEFAULT.analyze(CRYPTO);
    DriftReport shocked = DriftAnalyzer.DEFAULT.analyze(CRYPTO, btcDown30());

    // BTC falls by 30%: the book loses 30% of its BTC value, and nothing else moves
    BigDecimal btcValue =
        own.row(dev.keel.engine.RowKind.INSTRUMENT, "BTC").orElseThrow().marketValue();
    assertThat(own.totalValue().subtract(shocked.totalValue()))
        .isEqualByComparingTo(btcValue.multiply(new BigDecimal("0.3")));
    assertThat(CRYPTO.market().price("BTC").orElseThrow().value()).isEqualByComparingTo("91250.4");
  }

  @Test
  void propose_underAnotherSnapshot_tradesWhatThatSnapshotCallsFor() {
    Proposal own = Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT);
    MarketSnapshot shocked = btcDown30();
    Proposal stressed = Rebalancer.DEFAULT.propose(CRYPTO, shocked, RebalanceSettings.DEFAULT);

    // BTC is 13.5 pp over its target at its own price, a breached line sold to target; 30% lower
    // it is inside its 5 pp band: only sold, at the stressed price, to raise cash for the buys
    assertThat(own.trades())
        .anyMatch(t -> t.symbol().equals("BTC") && t.purpose() == Trade.Purpose.REBALANCE);
    assertThat(stressed.trades())
        .filteredOn(t -> t.symbol().equals("BTC"))
        .allSatisfy(
            t -> {
              assertThat(t.purpose()).isEqualTo(Trade.Purpose.RAISE_CASH);
              assertThat(t.price()).isEqualByComparingTo("63875.28");
            });
    assertThat(stressed.market()).isEqualTo(shocked);
    assertThat(stressed.id()).isNotEqualTo(own.id());
    // trades are priced and their outcome valued under the snapshot they were made with
    stressed.trades().stream()
        .filter(t -> t.symbol().equals("ETH"))
        .forEach(t -> assertThat(t.price()).isEqualByComparingTo("3050.75"));
    assertThat(stressed.outcome().before().totalValue())
        .isEqualByComparingTo(DriftAnalyzer.DEFAULT.analyze(CRYPTO, shocked).totalValue());
  }

  @Test
  void check_aSnapshotWithoutAPriceTheBookNeeds_saysWhichAndProposesNothing() {
    Map<String, Price> prices = new TreeMap<>(CRYPTO.market().prices());
    prices.remove("SOL");
    MarketSnapshot gap = CRYPTO.market().withPrices(prices);

    assertThat(Rebalancer.DEFAULT.check(CRYPTO, gap, RebalanceSettings.DEFAULT))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .contains("has no price for SOL")
                    .contains(CRYPTO.asOf().toString()));
    assertThatThrownBy(() -> Rebalancer.DEFAULT.propose(CRYPTO, gap, RebalanceSettings.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no price for SOL");
  }
}
