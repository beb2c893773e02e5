package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hedge proposals, checked by working out the exposure of the book once they are made. */
class HedgerTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
  private static final Portfolio BOOK = TestPortfolios.read(TestPortfolios.DERIVATIVES);

  private static UnderlyingExposure underlying(Portfolio portfolio, String root) {
    BookExposure exposure = ExposureCalculator.DEFAULT.compute(portfolio);
    return exposure.underlyings().stream()
        .filter(u -> u.underlying().equals(root))
        .findFirst()
        .orElseThrow();
  }

  private static Portfolio after(Proposal proposal) {
    return Outcome.apply(proposal.portfolio(), proposal.trades(), Map.of());
  }

  /** The delta one lot of the instrument adds to its root, in the root's units. */
  private static double oneLot(Portfolio portfolio, String symbol, String root) {
    Instrument instrument = portfolio.instrumentsBySymbol().get(symbol);
    double price = portfolio.market().prices().get(symbol).value().doubleValue();
    double rootPrice =
        portfolio.market().prices().containsKey(root)
            ? portfolio.market().prices().get(root).value().doubleValue()
            : portfolio.market().underlying(root).orElseThrow().price().doubleValue();
    double lot = instrument.lotStep().doubleValue();
    return instrument.terms() != null && instrument.terms().isInverse()
        ? lot * instrument.terms().contractSize().doubleValue() / rootPrice
        : lot * instrument.multiplier().doubleValue() * price / rootPrice;
  }

  @ParameterizedTest(name = "{0} to {1} via {2}")
  @CsvSource({
    "BTC, 0, BTC-PERPETUAL",
    "BTC, -1, BTC-PERPETUAL",
    "BTC, 2.5, BTC-PERPETUAL",
    "BTC, 0, BTCUSDT",
    "BTC, 0, BTC-25DEC26",
    "BTC, 0.75, BTC"
  })
  void propose_bringsTheNetDeltaToTheTarget_withinOneLot(String root, String target, String via) {
    Proposal proposal =
        Hedger.DEFAULT.propose(
            CRYPTO, new HedgeRequest(root, new BigDecimal(target), via, null, null, null));

    double left = underlying(after(proposal), root).delta() - Double.parseDouble(target);

    assertThat(proposal.trades()).hasSize(1);
    assertThat(proposal.trades().get(0).symbol()).isEqualTo(via);
    assertThat(proposal.trades().get(0).purpose()).isEqualTo(Trade.Purpose.HEDGE);
    // within one contract, as asked; half of one but for the basis of what a trade realises
    assertThat(Math.abs(left)).isLessThanOrEqualTo(oneLot(CRYPTO, via, root));
    assertThat(proposal.warnings()).isEmpty();
  }

  @Test
  void propose_anIndexThroughItsFuture_inWholeContracts() {
    Proposal proposal =
        Hedger.DEFAULT.propose(
            BOOK, new HedgeRequest("SPX", BigDecimal.ZERO, null, null, null, null));

    // the mandate's hedge of SPX is ESZ6; the book is short one, 50 index units
    assertThat(proposal.trades())
        .singleElement()
        .satisfies(
            trade -> {
              assertThat(trade.symbol()).isEqualTo("ESZ6");
              assertThat(trade.side()).isEqualTo(Side.BUY);
              assertThat(trade.quantity()).isEqualByComparingTo("1");
              assertThat(trade.account()).isEqualTo("ibkr-margin");
            });
    // closed altogether: the book has nothing on SPX left
    assertThat(ExposureCalculator.DEFAULT.compute(after(proposal)).underlyings())
        .noneMatch(u -> u.underlying().equals("SPX"));
    // which the one contract bought was: 50 index units at the future's price over the index's
    assertThat(underlying(BOOK, "SPX").delta())
        .isCloseTo(-oneLot(BOOK, "ESZ6", "SPX"), within(1e-9));
  }

  @Test
  void propose_vegaFirst_thenDelta_withTheOptionsDeltaTakenIn() {
    Proposal proposal =
        Hedger.DEFAULT.propose(
            CRYPTO,
            new HedgeRequest(
                "BTC",
                BigDecimal.ZERO,
                "BTC-PERPETUAL",
                null,
                BigDecimal.ZERO,
                "BTC-25DEC26-100000-C"));
    UnderlyingExposure hedged = underlying(after(proposal), "BTC");

    assertThat(proposal.trades())
        .extracting(Trade::symbol)
        .containsExactly("BTC-25DEC26-100000-C", "BTC-PERPETUAL");
    double vegaPerLot =
        ExposureCalculator.DEFAULT
                .positions(
                    CRYPTO,
                    CRYPTO.market(),
                    List.of(new Position("deribit", "BTC-25DEC26-100000-C", BigDecimal.ONE)))
                .get(0)
                .vega()
            * 0.1;
    assertThat(vegaPerLot).isPositive();
    assertThat(Math.abs(hedged.vega())).isLessThanOrEqualTo(vegaPerLot / 2 * (1 + 1e-6));
    assertThat(Math.abs(hedged.delta()))
        .isLessThanOrEqualTo(oneLot(CRYPTO, "BTC-PERPETUAL", "BTC") / 2 * (1 + 1e-6));
  }

  @Test
  void propose_alreadyNeutral_proposesNothing() {
    Proposal first =
        Hedger.DEFAULT.propose(
            CRYPTO, new HedgeRequest("BTC", BigDecimal.ZERO, "BTC-PERPETUAL", null, null, null));

    Proposal again =
        Hedger.DEFAULT.propose(
            after(first),
            new HedgeRequest("BTC", BigDecimal.ZERO, "BTC-PERPETUAL", null, null, null));

    assertThat(again.trades()).isEmpty();
  }

  @Test
  void check_namesWhatCannotBeDone() {
    assertThat(
            Hedger.DEFAULT.check(
                CRYPTO, new HedgeRequest("DOGE", BigDecimal.ZERO, null, null, null, null)))
        .hasValueSatisfying(m -> assertThat(m).startsWith("no underlying DOGE"));
    assertThat(
            Hedger.DEFAULT.check(
                CRYPTO,
                new HedgeRequest("ETH", BigDecimal.ZERO, "BTC-PERPETUAL", null, null, null)))
        .contains("BTC-PERPETUAL is not written on ETH: it cannot hedge it");
    assertThat(
            Hedger.DEFAULT.check(
                CRYPTO,
                new HedgeRequest("BTC", BigDecimal.ZERO, null, null, BigDecimal.ZERO, "BTCUSDT")))
        .contains("BTCUSDT is not an option of the book");
    assertThatThrownBy(
            () ->
                Hedger.DEFAULT.propose(
                    CRYPTO, new HedgeRequest("DOGE", BigDecimal.ZERO, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpotHedge_neverSellsMoreThanIsHeld_andSaysWhatIsLeft() {
    Portfolio margin = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);
    // binance holds 0.3 BTC of spot; bringing BTC's net delta to 2 would take 1.3 of it
    Proposal proposal =
        Hedger.DEFAULT.propose(
            margin, new HedgeRequest("BTC", new BigDecimal("2"), "BTC", "binance", null, null));

    assertThat(proposal.trades()).hasSize(1);
    assertThat(proposal.trades().get(0).side()).isEqualTo(Side.SELL);
    assertThat(proposal.trades().get(0).quantity()).isEqualByComparingTo("0.3");
    assertThat(proposal.warnings())
        .extracting(RebalanceWarning::message)
        .anyMatch(m -> m.contains("only 0.3 BTC is held in binance and spot cannot be sold short"));
  }
}
