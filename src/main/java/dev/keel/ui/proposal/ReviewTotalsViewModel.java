package dev.keel.ui.proposal;

import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.GuardReports;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Review;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The totals of a review: the book before and after the approved trades (the footer's turnover,
 * cost, cash after and largest drift left, and the chart) and what blocks an export. Worked out on
 * the compute lane after every decision: on a large book (40,000 trades) that is tens of
 * milliseconds, too long for every click on the JavaFX thread. Only the latest is shown; until it
 * arrives the totals shown are stale.
 */
public final class ReviewTotalsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewTotalsViewModel.class);

  private final LatestTask totals;
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<GuardReport> guard = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyProblems =
      FXCollections.unmodifiableObservableList(problems);

  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();

  /** The totals of a review whose proposal is stale; {@code proposalStale} says when it is. */
  public ReviewTotalsViewModel(TaskRunner runner, ObservableBooleanValue proposalStale) {
    this.totals = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(totals.runningProperty().or(failed).or(proposalStale));
  }

  /**
   * The totals of a review, what blocks its export, and the margin guard's figures before and after
   * (null when the book is not guarded), worked out together.
   */
  record Totals(Outcome outcome, List<String> problems, GuardReport guard) {
    static Totals of(Review review) {
      return new Totals(
          review.outcome(),
          review.problems(),
          GuardReports.of(review, review.proposal().portfolio().guard()));
    }
  }

  /** Shows totals already worked out (with a new proposal); a recount under way is dropped. */
  void show(Totals worked) {
    totals.cancel();
    failed.set(false);
    outcome.set(worked.outcome());
    problems.setAll(worked.problems());
    guard.set(worked.guard());
  }

  /** Works the totals out again for a changed review. */
  void recount(Review changed) {
    failed.set(false);
    totals.submit(
        () -> Totals.of(changed),
        worked -> {
          outcome.set(worked.outcome());
          problems.setAll(worked.problems());
          guard.set(worked.guard());
        },
        error -> {
          LOG.error("the review's before/after failed", error);
          failed.set(true); // the totals shown stay those of earlier decisions
        });
  }

  /** No review: no totals. */
  void clear() {
    totals.cancel();
    failed.set(false);
    outcome.set(null);
    problems.clear();
    guard.set(null);
  }

  /** Before and after the approved trades, with the totals of the footer. */
  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /**
   * The margin guard's figures before and after the approved trades; {@code null} when the book is
   * not guarded (no limit in its file, or no margin account).
   */
  public ReadOnlyObjectProperty<GuardReport> guardProperty() {
    return guard.getReadOnlyProperty();
  }

  /** What blocks an export: an account whose cash would end below the floor. */
  public ObservableList<String> problems() {
    return readOnlyProblems;
  }

  /**
   * True while the totals shown are not those of the latest decisions on a current proposal: being
   * worked out again, failed, or their proposal is stale.
   */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }
}
