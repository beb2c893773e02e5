package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Trade;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The Exposure view's hedge panel without a window. */
class HedgePanelViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());
  private final ProposalViewModel proposal =
      new ProposalViewModel(document, new ImmediateTaskRunner());
  private final HedgePanelViewModel panel = new HedgePanelViewModel(document, proposal);

  @Test
  void theChoices_areTheBooksUnderlyings_andWhatTradesEach_theMandatesHedgeFirst() {
    document.open(TestPortfolios.DERIVATIVES);

    assertThat(panel.underlyings()).containsExactly("BTC", "SPX", "DAX", "SPY");
    assertThat(panel.underlyingProperty().get()).isEqualTo("BTC");
    assertThat(panel.vias()).containsExactly("BTC-PERPETUAL", "BTC");

    panel.underlyingProperty().set("SPX");
    assertThat(panel.vias()).containsExactly("ESZ6"); // an index has no spot to trade
    panel.underlyingProperty().set("SPY");
    assertThat(panel.vias()).containsExactly("SPY");
    assertThat(panel.options()).containsExactly("SPY-20261218-C-600", "SPY-20261218-P-560");
  }

  @Test
  void asking_putsTheHedgeInTheProposal() {
    document.open(TestPortfolios.DERIVATIVES);
    panel.underlyingProperty().set("SPY");
    panel.deltaProperty().set("100");
    panel.vegaProperty().set("0");

    assertThat(panel.ask()).isEmpty();

    assertThat(proposal.hedgeProperty().get())
        .isEqualTo(
            new HedgeRequest(
                "SPY", new BigDecimal("100"), "SPY", null, BigDecimal.ZERO, "SPY-20261218-C-600"));
    assertThat(proposal.rows())
        .isNotEmpty()
        .allMatch(row -> row.trade().purpose() == Trade.Purpose.HEDGE);
  }

  @Test
  void aTargetThatIsNotANumber_isRefused_andNothingIsAsked() {
    document.open(TestPortfolios.DERIVATIVES);
    panel.deltaProperty().set("neutral");

    assertThat(panel.ask()).contains("'neutral' is not a net delta: type a number of BTC");
    assertThat(panel.errorProperty().get()).startsWith("'neutral'");
    assertThat(proposal.hedgeProperty().get()).isNull();
  }

  @Test
  void aSpotBook_hasNothingToHedge() {
    document.open(TestPortfolios.CRYPTO);

    assertThat(panel.underlyings()).isEmpty();
    assertThat(panel.ask()).contains("this book holds no derivatives to hedge");
  }

  @Test
  void openingAnotherBook_goesBackToRebalancing() {
    document.open(TestPortfolios.DERIVATIVES);
    assertThat(panel.ask()).isEmpty();
    assertThat(proposal.hedgeProperty().get()).isNotNull();

    document.open(TestPortfolios.CRYPTO);

    assertThat(proposal.hedgeProperty().get()).isNull();
    assertThat(proposal.rows()).noneMatch(row -> row.trade().purpose() == Trade.Purpose.HEDGE);
  }
}
