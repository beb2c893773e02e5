package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetLevels;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the holdings view: the drift of the open portfolio as edited, filtered by account, class
 * and a search text. The drift is analysed on the compute lane after every change of the portfolio;
 * until the latest analysis arrives the rows shown are those of the one before, marked stale. The
 * in-place edits are {@link #edits()}.
 */
public final class HoldingsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(HoldingsViewModel.class);

  /** The choice of the account and class filters that keeps everything. */
  public static final String ALL = "All";

  private final DocumentViewModel document;
  private final HoldingsEditsViewModel edits;
  private final LatestTask analysis;
  private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>();
  private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
  private final ObservableList<DriftRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<DerivativeLine> derivatives = FXCollections.observableArrayList();
  private final ObservableList<DerivativeLine> readOnlyDerivatives =
      FXCollections.unmodifiableObservableList(derivatives);
  private final ObservableList<String> accounts = FXCollections.observableArrayList(ALL);
  private final ObservableList<String> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ObservableList<String> classes = FXCollections.observableArrayList(ALL);
  private final ObservableList<String> readOnlyClasses =
      FXCollections.unmodifiableObservableList(classes);
  private final ObjectProperty<String> account = new SimpleObjectProperty<>(ALL);
  private final ObjectProperty<String> assetClass = new SimpleObjectProperty<>(ALL);
  private final StringProperty search = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper targetCheck = new ReadOnlyStringWrapper("");
  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final IntegerProperty expiryWarningDays =
      new SimpleIntegerProperty(ExpiryNote.DEFAULT_DAYS);

  /** The portfolio the report shown was worked out for. */
  private Portfolio analysed;

  public HoldingsViewModel(DocumentViewModel document, TaskRunner runner) {
    this.document = document;
    this.edits = new HoldingsEditsViewModel(document);
    this.analysis = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(report.isNotNull().and(analysis.runningProperty().or(failed)));
    document.portfolioProperty().addListener((obs, old, portfolio) -> analyse(portfolio));
    account.addListener((obs, old, now) -> filter());
    assetClass.addListener((obs, old, now) -> filter());
    search.addListener((obs, old, now) -> filter());
    analyse(document.portfolio());
  }

  // ---- drift ----------------------------------------------------------------------------------

  /** The drift report of one portfolio with its summary line, worked out together. */
  private record Analysis(Portfolio portfolio, DriftReport report, String summary) {}

  private void analyse(Portfolio portfolio) {
    if (portfolio == null) {
      analysis.cancel();
      analysed = null;
      report.set(null);
      rows.clear();
      derivatives.clear();
      return;
    }
    targetCheck.set(targetCheck(portfolio)); // sums of the targets only: at once
    failed.set(false);
    analysis.submit(
        () -> {
          DriftReport drift = DriftAnalyzer.DEFAULT.analyze(portfolio);
          return new Analysis(portfolio, drift, summary(portfolio, drift));
        },
        this::show,
        error -> {
          // a bug, not a user error: keep what is shown, marked stale, and say where the details
          // are
          LOG.error("drift analysis failed for {}", portfolio.name(), error);
          failed.set(true);
          document.report(
              "Unexpected error while analysing the portfolio: " + error + " (details in log)");
        });
  }

  private void show(Analysis done) {
    Portfolio portfolio = done.portfolio();
    analysed = portfolio;
    report.set(done.report());
    derivatives.setAll(done.report().derivatives());
    List<String> accountIds = new ArrayList<>(List.of(ALL));
    portfolio.accounts().forEach(a -> accountIds.add(a.id()));
    replaceChoices(accounts, accountIds, account);
    List<String> classNames = new ArrayList<>(List.of(ALL));
    portfolio.assetClasses().forEach(c -> classNames.add(c.name()));
    replaceChoices(classes, classNames, assetClass);
    summary.set(done.summary());
    filter();
  }

  private static void replaceChoices(
      ObservableList<String> choices, List<String> now, ObjectProperty<String> chosen) {
    if (!choices.equals(now)) {
      choices.setAll(now);
    }
    if (!now.contains(chosen.get())) {
      chosen.set(ALL);
    }
  }

  // ---- filters --------------------------------------------------------------------------------

  /** Keeps the rows that match the filters, with the class rows above them. */
  private void filter() {
    DriftReport drift = report.get();
    if (drift == null) {
      rows.clear();
      return;
    }
    rows.setAll(
        new HoldingsFilter(search.get(), chosen(account.get()), classId()).apply(drift.rows()));
  }

  /** The id of the class chosen in the filter, {@code null} for all. */
  private String classId() {
    String className = chosen(assetClass.get());
    if (analysed == null || className == null) {
      return null;
    }
    return analysed.assetClasses().stream()
        .filter(c -> c.name().equals(className))
        .map(c -> c.id())
        .findFirst()
        .orElse(null);
  }

  /**
   * A filter's choice, {@code null} for all; a choice box briefly holds no value while refilled.
   */
  private static String chosen(String choice) {
    return choice == null || ALL.equals(choice) ? null : choice;
  }

  // ---- texts ----------------------------------------------------------------------------------

  private static String summary(Portfolio portfolio, DriftReport drift) {
    int breached = drift.breached().size();
    int derivatives = drift.derivatives().size();
    return "Total "
        + Formats.money(drift.totalValue())
        + " "
        + drift.baseCurrency()
        + " (cash "
        + Formats.money(drift.cashValue())
        + ") · "
        + portfolio.positions().size()
        + " positions"
        + (derivatives == 0 ? "" : " (" + derivatives + " derivatives, not in the allocation)")
        + ", "
        + (!drift.targetsSet()
            ? "no targets set"
            : breached == 0 ? "all bands respected" : breached + " band(s) breached");
  }

  private static String targetCheck(Portfolio portfolio) {
    List<String> parts = new ArrayList<>();
    for (TargetLevels.Level level : TargetLevels.incomplete(portfolio)) {
      BigDecimal remaining = level.remaining();
      parts.add(
          level.name()
              + (remaining.signum() > 0
                  ? " has " + Formats.percent(remaining) + " left to assign"
                  : " is over by " + Formats.percent(remaining.negate())));
    }
    return parts.isEmpty() ? "" : "Targets do not add up: " + String.join("; ", parts);
  }

  // ---- state ----------------------------------------------------------------------------------

  /** Target weights, bands and restrictions edited in place. */
  public HoldingsEditsViewModel edits() {
    return edits;
  }

  /** The drift shown: of the portfolio as edited once {@link #staleProperty()} is false. */
  public ReadOnlyObjectProperty<DriftReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /**
   * True while the drift shown is not the current portfolio's: it is being worked out again (or
   * failed to be). The rows stay those of the drift shown, so they are marked, not wrong.
   */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** True while the drift is being worked out, with or without an older one shown. */
  public ReadOnlyBooleanProperty computingProperty() {
    return analysis.runningProperty();
  }

  /** The drift lines that pass the filters, in report order (classes above their lines). */
  public ObservableList<DriftRow> rows() {
    return readOnlyRows;
  }

  /** The derivative positions: exposure shown beside the allocation, not weighted in it. */
  public ObservableList<DerivativeLine> derivatives() {
    return readOnlyDerivatives;
  }

  /** "All" and every account id. */
  public ObservableList<String> accounts() {
    return readOnlyAccounts;
  }

  /** "All" and every class name. */
  public ObservableList<String> classes() {
    return readOnlyClasses;
  }

  public ObjectProperty<String> accountProperty() {
    return account;
  }

  public ObjectProperty<String> assetClassProperty() {
    return assetClass;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** The book's total and cash, positions, derivatives and breached bands in one line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Which target levels do not sum to 100 % and by how much; empty when all do. */
  public ReadOnlyStringProperty targetCheckProperty() {
    return targetCheck.getReadOnlyProperty();
  }

  /** The days within which the derivatives list warns of an expiry (a week unless changed). */
  public IntegerProperty expiryWarningDaysProperty() {
    return expiryWarningDays;
  }
}
