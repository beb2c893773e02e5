package dev.keel.ui.exposure;

import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExpiryLadder;
import dev.keel.analytics.exposure.ExpiryRung;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.analytics.exposure.PnlProfiles;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the exposure view: the exposure of the open portfolio as edited (per underlying, per
 * position, the expiry ladder, the book's equity and leverage, the warnings), the underlying the
 * trader chose, and the profit and loss profile of the underlying charted. The exposure is worked
 * out on the compute lane after every change of the portfolio, but only while the view is shown
 * ({@link #shownProperty()}): a book changed behind it is worked out when it comes forward. Until
 * the latest result arrives, the figures shown are those of the one before, marked stale.
 */
public final class ExposureViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExposureViewModel.class);

  private final DocumentViewModel document;
  private final LatestTask work;
  private final LatestTask profileWork;
  private final ReadOnlyObjectWrapper<PnlProfile> profile = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper profileStale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<BookExposure> exposure = new ReadOnlyObjectWrapper<>();
  private final ObservableList<UnderlyingExposure> underlyings =
      FXCollections.observableArrayList();
  private final ObservableList<UnderlyingExposure> readOnlyUnderlyings =
      FXCollections.unmodifiableObservableList(underlyings);
  private final ObservableList<PositionExposure> positions = FXCollections.observableArrayList();
  private final ObservableList<PositionExposure> readOnlyPositions =
      FXCollections.unmodifiableObservableList(positions);
  private final ObservableList<ExpiryRung> ladder = FXCollections.observableArrayList();
  private final ObservableList<ExpiryRung> readOnlyLadder =
      FXCollections.unmodifiableObservableList(ladder);
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyWarnings =
      FXCollections.unmodifiableObservableList(warnings);
  private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper charted = new ReadOnlyStringWrapper();
  private final BooleanProperty shown = new SimpleBooleanProperty(true);
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper();
  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper bookLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper positionsHeading = new ReadOnlyStringWrapper("Positions");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Exposure");
  private final ReadOnlyBooleanWrapper holdsDerivatives = new ReadOnlyBooleanWrapper();

  /** The ladder of the exposure shown, every underlying's. */
  private List<ExpiryRung> rungs = List.of();

  /** The portfolio the exposure shown was worked out for. */
  private Portfolio shownPortfolio;

  /** The portfolio and underlying of the latest profile asked for. */
  private Portfolio profiledPortfolio;

  private String profiledUnderlying;

  public ExposureViewModel(DocumentViewModel document, TaskRunner runner) {
    this.document = document;
    this.work = new LatestTask(runner, Lane.COMPUTE);
    this.profileWork = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(exposure.isNotNull().and(work.runningProperty().or(failed).or(outdated)));
    profileStale.bind(profile.isNotNull().and(profileWork.runningProperty().or(stale)));
    // an invalidation, not a change, listener: a change listener compares the portfolios
    document.portfolioProperty().addListener((Observable replaced) -> changed());
    shown.addListener(
        (obs, was, now) -> {
          if (now && outdated.get()) {
            compute(document.portfolio());
          }
        });
    selected.addListener((obs, old, now) -> filter());
    changed();
  }

  // ---- exposure -------------------------------------------------------------------------------

  /** The exposure of one portfolio and its ladder, worked out together. */
  private record Computed(Portfolio portfolio, BookExposure exposure, List<ExpiryRung> ladder) {}

  private void changed() {
    Portfolio portfolio = document.portfolio();
    title.set(title(portfolio));
    if (portfolio == null || shown.get()) {
      compute(portfolio);
    } else {
      work.cancel();
      outdated.set(true);
    }
  }

  private void compute(Portfolio portfolio) {
    outdated.set(false);
    failed.set(false);
    if (portfolio == null) {
      work.cancel();
      show(null);
      return;
    }
    work.submit(
        () -> {
          BookExposure computed = ExposureCalculator.DEFAULT.compute(portfolio);
          return new Computed(
              portfolio, computed, ExpiryLadder.of(portfolio, portfolio.market(), computed));
        },
        this::show,
        error -> {
          // a bug, not a user error: keep what is shown, marked stale
          LOG.error("exposure failed for {}", portfolio.name(), error);
          failed.set(true);
          document.report(
              "Unexpected error while working out the exposure: " + error + " (details in log)");
        });
  }

  private void show(Computed done) {
    BookExposure shownNow = done == null ? null : done.exposure();
    shownPortfolio = done == null ? null : done.portfolio();
    rungs = done == null ? List.of() : done.ladder();
    exposure.set(shownNow);
    underlyings.setAll(shownNow == null ? List.of() : shownNow.underlyings());
    warnings.setAll(shownNow == null ? List.of() : shownNow.warnings());
    bookLine.set(shownNow == null ? "" : ExposureTexts.bookLine(shownNow));
    holdsDerivatives.set(
        shownNow != null && shownNow.positions().stream().anyMatch(p -> p.type().isDerivative()));
    String chosen = selected.get();
    if (chosen != null && underlyings.stream().noneMatch(u -> u.underlying().equals(chosen))) {
      selected.set(null); // filters again
    } else {
      filter();
    }
  }

  /** Keeps the positions and rungs of the underlying chosen, or all; names the one charted. */
  private void filter() {
    BookExposure shownNow = exposure.get();
    String chosen = selected.get();
    if (shownNow == null) {
      positions.clear();
      ladder.clear();
      charted.set(null);
      positionsHeading.set("Positions");
      return;
    }
    positions.setAll(
        chosen == null
            ? shownNow.positions()
            : shownNow.positions().stream().filter(p -> p.root().equals(chosen)).toList());
    ladder.setAll(
        chosen == null
            ? rungs
            : rungs.stream().filter(r -> r.underlying().equals(chosen)).toList());
    charted.set(chosen != null ? chosen : ExposureTexts.firstCharted(shownNow));
    positionsHeading.set(
        chosen == null
            ? "Positions on every underlying (" + positions.size() + ")"
            : "Positions on " + chosen + " (" + positions.size() + ")");
    profile();
  }

  /**
   * Asks for the profile of the underlying charted in the portfolio shown, unless it is the one
   * last asked for; the profile shown stays, marked stale, until it arrives.
   */
  private void profile() {
    String wanted = charted.get();
    Portfolio portfolio = shownPortfolio;
    if (portfolio == null || wanted == null) {
      profileWork.cancel();
      profiledPortfolio = null;
      profiledUnderlying = null;
      profile.set(null);
      return;
    }
    if (portfolio == profiledPortfolio && wanted.equals(profiledUnderlying)) {
      return;
    }
    profiledPortfolio = portfolio;
    profiledUnderlying = wanted;
    profileWork.submit(
        () -> PnlProfiles.DEFAULT.of(portfolio, wanted),
        profile::set,
        error -> {
          LOG.error("P&L profile of {} failed for {}", wanted, portfolio.name(), error);
          profiledPortfolio = null; // asked again at the next change
          profile.set(null);
          document.report(
              "Unexpected error while working out the P&L profile of "
                  + wanted
                  + ": "
                  + error
                  + " (details in log)");
        });
  }

  private static String title(Portfolio portfolio) {
    if (portfolio == null) {
      return "Exposure";
    }
    long roots = ExposureTexts.underlyingCount(portfolio);
    return "Exposure (" + roots + (roots == 1 ? " underlying)" : " underlyings)");
  }

  // ---- commands -------------------------------------------------------------------------------

  /** Chooses an underlying: the positions, the ladder and the chart follow it. */
  public void select(String underlying) {
    selected.set(underlying);
  }

  /** Shows every underlying's positions and rungs again. */
  public void showAll() {
    selected.set(null);
  }

  // ---- state ----------------------------------------------------------------------------------

  /** The exposure shown: of the portfolio as edited once {@link #staleProperty()} is false. */
  public ReadOnlyObjectProperty<BookExposure> exposureProperty() {
    return exposure.getReadOnlyProperty();
  }

  /** The book's net per underlying, largest gross notional first. */
  public ObservableList<UnderlyingExposure> underlyings() {
    return readOnlyUnderlyings;
  }

  /** The positions on the underlying chosen, or every position, in the book's order. */
  public ObservableList<PositionExposure> positions() {
    return readOnlyPositions;
  }

  /** The rungs of the expiry ladder on the underlying chosen, or all, nearest first. */
  public ObservableList<ExpiryRung> ladder() {
    return readOnlyLadder;
  }

  /** What the trader should look at: undefined volatilities, expiries to roll, entry prices. */
  public ObservableList<String> warnings() {
    return readOnlyWarnings;
  }

  /** The underlying chosen, {@code null} for all. */
  public ReadOnlyObjectProperty<String> selectedProperty() {
    return selected;
  }

  /**
   * The underlying whose profit and loss is charted: the one chosen, else the first with
   * derivatives on it, else the largest; {@code null} without an exposure.
   */
  public ReadOnlyStringProperty chartedProperty() {
    return charted.getReadOnlyProperty();
  }

  /** The profit and loss profile of the underlying charted, {@code null} for none. */
  public ReadOnlyObjectProperty<PnlProfile> profileProperty() {
    return profile.getReadOnlyProperty();
  }

  /** True while the profile shown is not that of the underlying charted in the current book. */
  public ReadOnlyBooleanProperty profileStaleProperty() {
    return profileStale.getReadOnlyProperty();
  }

  /** The currency {@code underlying}'s price is in, as the exposure shown says; null if absent. */
  public String priceCurrency(String underlying) {
    return underlyings.stream()
        .filter(u -> u.underlying().equals(underlying))
        .map(UnderlyingExposure::currency)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the view is in front (the window binds it to its tab): the exposure is worked out only
   * then. True until bound.
   */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /**
   * True while the figures shown are not the current portfolio's: being worked out again, waiting
   * for the view to come forward, or failed.
   */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** True while the exposure is being worked out. */
  public ReadOnlyBooleanProperty computingProperty() {
    return work.runningProperty();
  }

  /** The book's equity, gross and net notional and leverage in one line. */
  public ReadOnlyStringProperty bookLineProperty() {
    return bookLine.getReadOnlyProperty();
  }

  /** What the positions table lists: which underlying's, and how many. */
  public ReadOnlyStringProperty positionsHeadingProperty() {
    return positionsHeading.getReadOnlyProperty();
  }

  /** The view's tab title, with the number of underlyings. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Whether the book shown holds a perpetual, future or option. */
  public ReadOnlyBooleanProperty holdsDerivativesProperty() {
    return holdsDerivatives.getReadOnlyProperty();
  }
}
