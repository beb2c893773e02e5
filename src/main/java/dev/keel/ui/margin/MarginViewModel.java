package dev.keel.ui.margin;

import dev.keel.analytics.margin.BookMargin;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginMode;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the margin view: the margin of the open portfolio as edited, an account a line and a
 * perpetual or future a line, the warnings, and a summary. The margin is worked out on the compute
 * lane after every change of the portfolio, but only while the view is shown ({@link
 * #shownProperty()}): a book changed behind it is worked out when it comes forward. Until the
 * latest result arrives, the figures shown are those of the one before, marked stale.
 */
public final class MarginViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(MarginViewModel.class);

  private final DocumentViewModel document;
  private final LatestTask work;
  private final ReadOnlyObjectWrapper<BookMargin> margin = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
  private final ObservableList<AccountRow> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ObservableList<PositionRow> positions = FXCollections.observableArrayList();
  private final ObservableList<PositionRow> readOnlyPositions =
      FXCollections.unmodifiableObservableList(positions);
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyWarnings =
      FXCollections.unmodifiableObservableList(warnings);
  private final BooleanProperty shown = new SimpleBooleanProperty(true);
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper();
  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

  public MarginViewModel(DocumentViewModel document, TaskRunner runner) {
    this.document = document;
    this.work = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(margin.isNotNull().and(work.runningProperty().or(failed).or(outdated)));
    // an invalidation, not a change, listener: a change listener compares the portfolios
    document.portfolioProperty().addListener((Observable replaced) -> changed());
    shown.addListener(
        (obs, was, now) -> {
          if (now && outdated.get()) {
            compute(document.portfolio());
          }
        });
    changed();
  }

  private void changed() {
    Portfolio portfolio = document.portfolio();
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
        () -> MarginCalculator.DEFAULT.compute(portfolio),
        this::show,
        error -> {
          // a bug, not a user error: keep what is shown, marked stale
          LOG.error("margin failed for {}", portfolio.name(), error);
          failed.set(true);
          document.report(
              "Unexpected error while working out the margin: " + error + " (details in log)");
        });
  }

  private void show(BookMargin done) {
    margin.set(done);
    if (done == null) {
      accounts.clear();
      positions.clear();
      warnings.clear();
      summary.set("");
      return;
    }
    accounts.setAll(
        done.accounts().stream().map(a -> new AccountRow(a, a.atLiquidation())).toList());
    positions.setAll(done.positions().stream().map(PositionRow::new).toList());
    warnings.setAll(done.warnings());
    summary.set(summary(done, accounts));
  }

  private static String summary(BookMargin margin, List<AccountRow> rows) {
    long margined = rows.stream().filter(r -> r.figures().mode() != MarginMode.CASH).count();
    if (margined == 0) {
      return "No margin account: every account pays for its trades from its own cash, so it has no"
          + " margin ratio and no liquidation";
    }
    StringBuilder line =
        new StringBuilder("Margin in ")
            .append(margin.baseCurrency())
            .append(" · ")
            .append(margined)
            .append(margined == 1 ? " margin account" : " margin accounts")
            .append(" · ")
            .append(margin.positions().size())
            .append(margin.positions().size() == 1 ? " contract" : " contracts")
            .append(" · liquidation at a margin ratio of 100 %");
    List<String> atLiquidation =
        rows.stream().filter(AccountRow::atLiquidation).map(r -> r.figures().account()).toList();
    if (!atLiquidation.isEmpty()) {
      line.append(" · at or past liquidation: ").append(String.join(", ", atLiquidation));
    }
    return line.toString();
  }

  // ---- state ----------------------------------------------------------------------------------

  /** The margin shown: of the portfolio as edited once {@link #staleProperty()} is false. */
  public ReadOnlyObjectProperty<BookMargin> marginProperty() {
    return margin.getReadOnlyProperty();
  }

  /** Every account of the book, in its order; a cash account has no margin ratio. */
  public ObservableList<AccountRow> accounts() {
    return readOnlyAccounts;
  }

  /** The perpetuals and futures of the margin accounts, in the book's order. */
  public ObservableList<PositionRow> positions() {
    return readOnlyPositions;
  }

  /** What Keel could not work out or assumed, and the accounts past liquidation. */
  public ObservableList<String> warnings() {
    return readOnlyWarnings;
  }

  /** The margin accounts, contracts and accounts at liquidation in one line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /**
   * Whether the view is in front (the window binds it to its tab): the margin is worked out only
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

  /** True while the margin is being worked out. */
  public ReadOnlyBooleanProperty computingProperty() {
    return work.runningProperty();
  }
}
