package dev.keel.ui.stress;

import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioParser;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.proposal.ProposalViewModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the stress view: the open book under the chosen built-in sets (span and crash at first,
 * as {@code keel stress} runs) and a scenario of one's own, before the proposal and, once trades of
 * a current proposal are approved, after them. Worked out on the compute lane after every change of
 * the book, the review, the sets or the scenario, but only while the view is shown ({@link
 * #shownProperty()}); while the proposal is being worked out it waits for it. Until the latest
 * result arrives, the figures shown are those of the one before, marked stale.
 */
public final class StressViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(StressViewModel.class);

  /** The sets run at first, as {@code keel stress} runs them when none is named. */
  public static final Set<ScenarioSets> FIRST_SETS = Set.of(ScenarioSets.SPAN, ScenarioSets.CRASH);

  private final DocumentViewModel document;
  private final ProposalViewModel proposal;
  private final LatestTask work;
  private final Map<ScenarioSets, BooleanProperty> chosen = new EnumMap<>(ScenarioSets.class);
  private final StringProperty scenarioText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper scenarioError = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<StressFigures> figures = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AccountSummaryRow> accounts = FXCollections.observableArrayList();
  private final ObservableList<AccountSummaryRow> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ObservableList<ScenarioRow> scenarios = FXCollections.observableArrayList();
  private final ObservableList<ScenarioRow> readOnlyScenarios =
      FXCollections.unmodifiableObservableList(scenarios);
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyWarnings =
      FXCollections.unmodifiableObservableList(warnings);
  private final ReadOnlyObjectWrapper<List<String>> accountIds =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyBooleanWrapper afterShown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper afterNote = new ReadOnlyStringWrapper("");
  private final BooleanProperty shown = new SimpleBooleanProperty(true);
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
  private final BooleanProperty outdated = new SimpleBooleanProperty();
  private final BooleanProperty waitingForProposal = new SimpleBooleanProperty();
  private final BooleanProperty failed = new SimpleBooleanProperty();

  /** The scenario of one's own as last applied, {@code null} for none or one that does not read. */
  private Scenario own;

  /** Why the text last applied does not read, {@code null} when it does. */
  private String ownUnreadable;

  /** The request shown or on its way, {@code null} when none is. */
  private StressRequest asked;

  public StressViewModel(
      DocumentViewModel document, ProposalViewModel proposal, TaskRunner runner) {
    this.document = document;
    this.proposal = proposal;
    this.work = new LatestTask(runner, Lane.COMPUTE);
    for (ScenarioSets set : ScenarioSets.values()) {
      BooleanProperty on = new SimpleBooleanProperty(FIRST_SETS.contains(set));
      on.addListener((obs, was, now) -> changed());
      chosen.put(set, on);
    }
    working.bind(work.runningProperty().or(waitingForProposal));
    stale.bind(figures.isNotNull().and(working.or(failed).or(outdated)));
    // invalidation, not change, listeners: a change listener compares the books and reviews
    document.portfolioProperty().addListener((Observable replaced) -> changed());
    proposal.reviewProperty().addListener((Observable replaced) -> changed());
    proposal.computingProperty().addListener((obs, was, now) -> changed());
    proposal.staleProperty().addListener((obs, was, now) -> changed());
    shown.addListener(
        (obs, was, now) -> {
          if (now && outdated.get()) {
            compute();
          }
        });
    changed();
  }

  // ---- commands -------------------------------------------------------------------------------

  /**
   * Runs the scenario of one's own as {@link #scenarioTextProperty()} writes it (none when it is
   * empty); one that does not read is not run, and {@link #scenarioErrorProperty()} says why.
   */
  public void applyScenario() {
    String text = scenarioText.get();
    own = null;
    ownUnreadable = null;
    if (text != null && !text.isBlank()) {
      try {
        own = ScenarioParser.parse(text);
      } catch (IllegalArgumentException unreadable) {
        ownUnreadable = unreadable.getMessage();
      }
    }
    scenarioError.set(ownUnreadable == null ? "" : ownUnreadable);
    changed();
  }

  // ---- working it out -------------------------------------------------------------------------

  private void changed() {
    if (document.portfolio() == null || shown.get()) {
      compute();
    } else {
      work.cancel();
      asked = null;
      outdated.set(true);
    }
  }

  private void compute() {
    outdated.set(false);
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      forget();
      show(null, "");
      return;
    }
    if (proposal.computingProperty().get()) { // its result comes with a change of the review
      forget();
      waitingForProposal.set(true);
      return;
    }
    waitingForProposal.set(false);
    List<ScenarioSets> sets = chosenSets();
    if (sets.isEmpty() && own == null) {
      forget();
      show(null, "");
      summary.set("No scenario to run: tick a set or write a scenario of your own");
      return;
    }
    AfterSide side = AfterSide.of(proposal.reviewProperty().get(), proposal.staleProperty().get());
    StressRequest request = new StressRequest(portfolio, side.review(), sets, own);
    if (request.sameAs(asked) && !failed.get()) {
      return; // shown already, or on its way
    }
    asked = request;
    failed.set(false);
    StressFigures last = figures.get();
    work.submit(
        () -> StressWork.compute(request, last),
        done -> show(done, side.note()),
        error -> {
          // a bug, not a user error: keep what is shown, marked stale
          LOG.error("stress failed for {}", portfolio.name(), error);
          failed.set(true);
          document.report(
              "Unexpected error while working out the stress scenarios: "
                  + error
                  + " (details in log)");
        });
  }

  private void forget() {
    work.cancel();
    asked = null;
    failed.set(false);
  }

  private List<ScenarioSets> chosenSets() {
    return chosen.entrySet().stream()
        .filter(e -> e.getValue().get())
        .map(Map.Entry::getKey)
        .toList();
  }

  private void show(StressFigures done, String note) {
    figures.set(done);
    if (done == null) {
      accountIds.set(List.of());
      afterShown.set(false);
      scenarios.clear();
      accounts.clear();
      warnings.clear();
      summary.set("");
      afterNote.set("");
      return;
    }
    List<String> ids = done.accountIds();
    if (!ids.equals(accountIds.get())) {
      accountIds.set(ids);
    }
    afterShown.set(done.after() != null);
    scenarios.setAll(done.rows());
    accounts.setAll(done.accounts());
    warnings.setAll(done.warnings());
    summary.set(StressSummary.of(done));
    afterNote.set(StressSummary.after(done, note));
    if (ownUnreadable == null) {
      scenarioError.set(done.ownError() == null ? "" : done.ownError());
    }
  }

  // ---- state ----------------------------------------------------------------------------------

  /** Whether the built-in {@code set} is run; span and crash are at first. */
  public BooleanProperty setChosenProperty(ScenarioSets set) {
    return chosen.get(set);
  }

  /** The scenario of one's own as typed, such as {@code BTC=-30%,ETH=-40%,vol=+20,days=1}. */
  public StringProperty scenarioTextProperty() {
    return scenarioText;
  }

  /**
   * Why the scenario of one's own last applied is not run: it does not read, or it names what the
   * book does not hold; empty when it is run or there is none.
   */
  public ReadOnlyStringProperty scenarioErrorProperty() {
    return scenarioError.getReadOnlyProperty();
  }

  /** The book as it is under the scenarios shown, {@code null} when none are. */
  public BookStress before() {
    return figures.get() == null ? null : figures.get().before().stress();
  }

  /** The book after the approved trades under the scenarios shown, {@code null} when not shown. */
  public BookStress after() {
    StressFigures shown = figures.get();
    return shown == null || shown.after() == null ? null : shown.after().stress();
  }

  /** The scenarios, a line each, the book's worst (lowest weighted P&amp;L) first. */
  public ObservableList<ScenarioRow> scenarios() {
    return readOnlyScenarios;
  }

  /** Each account today and at its worst scenario, in the book's order. */
  public ObservableList<AccountSummaryRow> accounts() {
    return readOnlyAccounts;
  }

  /** The accounts of the heat table's columns, in the book's order; a new list for a new book. */
  public ReadOnlyObjectProperty<List<String>> accountIdsProperty() {
    return accountIds.getReadOnlyProperty();
  }

  /** Whether the figures shown include the book after the proposal, beside it as it is. */
  public ReadOnlyBooleanProperty afterShownProperty() {
    return afterShown.getReadOnlyProperty();
  }

  /** What the calculator assumed or could not work out, each once. */
  public ObservableList<String> warnings() {
    return readOnlyWarnings;
  }

  /** The scenarios run, the book's worst and how many liquidate an account, in one line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Whether the book after the proposal is shown beside it, and if not why not. */
  public ReadOnlyStringProperty afterNoteProperty() {
    return afterNote.getReadOnlyProperty();
  }

  /**
   * Whether the view is in front (the window binds it to its tab): the scenarios are run only then.
   * True until bound.
   */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /**
   * True while the figures shown are not those of the book, review, sets and scenario as they are:
   * being worked out again, waiting for the proposal or for the view to come forward, or failed.
   */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** True while the scenarios are being run, or wait for the proposal to be worked out. */
  public ReadOnlyBooleanProperty workingProperty() {
    return working.getReadOnlyProperty();
  }
}
