package dev.keel.ui.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExpiryRung;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.analytics.exposure.PnlProfiles;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import org.junit.jupiter.api.Test;

/** The exposure view-model without a window: what it shows, what it filters, when it works. */
class ExposureViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());

  @Test
  void open_cryptoDerivatives_showsEachUnderlyingsNet_asTheCalculatorWorksItOut() {
    ExposureViewModel viewModel = new ExposureViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.CRYPTO_DERIVATIVES);

    BookExposure expected = ExposureCalculator.DEFAULT.compute(document.portfolio());
    assertThat(viewModel.underlyings())
        .extracting(UnderlyingExposure::underlying)
        .containsExactly("BTC", "USDT", "ETH");
    assertThat(viewModel.underlyings().get(0).delta())
        .isCloseTo(expected.underlyings().get(0).delta(), within(1e-12));
    assertThat(viewModel.positions()).hasSize(9);
    assertThat(viewModel.ladder()).extracting(ExpiryRung::underlying).containsExactly("BTC");
    assertThat(viewModel.titleProperty().get()).isEqualTo("Exposure (3 underlyings)");
    assertThat(viewModel.bookLineProperty().get())
        .isEqualTo(
            "Book equity 350,372.41 USD · gross notional 740,418.86 · net notional 68,973.63"
                + " · leverage 2.11x · prices as of 2026-11-20 16:00 UTC");
    assertThat(viewModel.chartedProperty().get()).isEqualTo("BTC");
    assertThat(viewModel.holdsDerivativesProperty().get()).isTrue();
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void select_keepsThatUnderlyingsPositionsAndRungs_andShowAllBringsBackTheRest() {
    ExposureViewModel viewModel = new ExposureViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO_DERIVATIVES);

    viewModel.select("ETH");

    assertThat(viewModel.positions()).extracting(PositionExposure::symbol).containsExactly("ETH");
    assertThat(viewModel.ladder()).isEmpty();
    assertThat(viewModel.chartedProperty().get()).isEqualTo("ETH");
    assertThat(viewModel.positionsHeadingProperty().get()).isEqualTo("Positions on ETH (1)");

    viewModel.select("BTC");
    assertThat(viewModel.positions())
        .extracting(PositionExposure::symbol)
        .containsExactly(
            "BTC",
            "BTC-PERPETUAL",
            "BTC-25DEC26",
            "BTC-25DEC26-100000-C",
            "BTC-25DEC26-85000-P",
            "BTC",
            "BTCUSDT");
    assertThat(viewModel.ladder()).hasSize(1);

    viewModel.showAll();
    assertThat(viewModel.positions()).hasSize(9);
    assertThat(viewModel.positionsHeadingProperty().get())
        .isEqualTo("Positions on every underlying (9)");
  }

  @Test
  void anUnderlyingTheNextBookLacks_isNoLongerChosen() {
    ExposureViewModel viewModel = new ExposureViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO_DERIVATIVES);
    viewModel.select("ETH");

    document.open(TestPortfolios.STOCKS);

    assertThat(viewModel.selectedProperty().get()).isNull();
    assertThat(viewModel.positions()).hasSameSizeAs(viewModel.exposureProperty().get().positions());
    assertThat(viewModel.holdsDerivativesProperty().get()).isFalse();
    assertThat(viewModel.ladder()).isEmpty();
  }

  @Test
  void theExposure_isWorkedOutOnTheComputeLane_andMarkedStaleUntilThen() {
    ManualTaskRunner compute = new ManualTaskRunner();
    ExposureViewModel viewModel = new ExposureViewModel(document, compute);

    document.open(TestPortfolios.CRYPTO_DERIVATIVES);

    assertThat(compute.pending(Lane.COMPUTE)).as("not on the calling thread").isEqualTo(1);
    assertThat(viewModel.exposureProperty().get()).isNull();
    assertThat(viewModel.computingProperty().get()).isTrue();
    compute.runAll();
    BookExposure first = viewModel.exposureProperty().get();
    assertThat(first).isNotNull();

    document.edit(ExposureBooks.withCallAboveItsBound(), "call marked at 1.5");
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.exposureProperty().get()).isSameAs(first); // shown, marked stale
    document.undo(); // a later request: only its result is shown
    compute.runAll();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(compute.cancelled()).isEqualTo(1);
    assertThat(viewModel.exposureProperty().get().positions()).isEqualTo(first.positions());
  }

  @Test
  void theProfile_ofTheUnderlyingCharted_isWorkedOutOnTheComputeLane_afterTheExposure() {
    ManualTaskRunner compute = new ManualTaskRunner();
    ExposureViewModel viewModel = new ExposureViewModel(document, compute);
    document.open(TestPortfolios.DERIVATIVES);

    compute.runNext(Lane.COMPUTE); // the exposure
    assertThat(viewModel.chartedProperty().get()).as("the first with options").isEqualTo("SPY");
    assertThat(viewModel.profileProperty().get()).isNull();
    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1);
    compute.runAll();
    PnlProfile spy = viewModel.profileProperty().get();
    assertThat(spy.underlying()).isEqualTo("SPY");
    assertThat(spy.points()).hasSize(PnlProfiles.POINTS + 1);

    viewModel.select("DAX");
    assertThat(viewModel.profileStaleProperty().get()).isTrue();
    assertThat(viewModel.profileProperty().get()).isSameAs(spy); // shown, marked stale
    viewModel.select("BTC"); // before DAX's arrived: only BTC's is shown
    compute.runAll();
    assertThat(viewModel.profileProperty().get().underlying()).isEqualTo("BTC");
    assertThat(viewModel.profileStaleProperty().get()).isFalse();
    assertThat(viewModel.priceCurrency("DAX")).isEqualTo("EUR");

    viewModel.select("BTC");
    assertThat(compute.pending()).as("the profile shown is BTC's already").isZero();
  }

  @Test
  void aBookChangedBehindTheView_isWorkedOutWhenTheViewComesForward() {
    ManualTaskRunner compute = new ManualTaskRunner();
    ExposureViewModel viewModel = new ExposureViewModel(document, compute);
    document.open(TestPortfolios.CRYPTO_DERIVATIVES);
    compute.runAll();
    viewModel.shownProperty().set(false);

    document.edit(ExposureBooks.withCallAboveItsBound(), "call marked at 1.5");
    document.undo();
    document.redo();

    assertThat(compute.pending()).as("nothing worked out behind the view").isZero();
    assertThat(viewModel.staleProperty().get()).isTrue();
    viewModel.shownProperty().set(true);
    assertThat(compute.pending(Lane.COMPUTE)).isEqualTo(1);
    compute.runAll();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.positions())
        .filteredOn(p -> p.symbol().equals(ExposureBooks.CALL))
        .singleElement()
        .satisfies(call -> assertThat(call.impliedVol()).isNull());
  }
}
