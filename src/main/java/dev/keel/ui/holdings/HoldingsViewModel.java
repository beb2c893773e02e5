package dev.keel.ui.holdings;

import dev.keel.engine.CashHolding;
import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftAnalyzer;
import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.ExposureBasis;
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
import java.util.Objects;
import javafx.beans.Observable;
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
 * until the latest analysis arrives the rows shown are those of the one before, marked stale. With
 * an account chosen and the rebalance in account scope, the drift is that account's own (its
 * weights, the targets it can reach, its cash), as the account-scope reasons quote it; otherwise
 * the household's. The in-place edits are {@link #edits()}.
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
  private final ObservableList<CashHolding> cash = FXCollections.observableArrayList();
  private final ObservableList<CashHolding> readOnlyCash =
      FXCollections.unmodifiableObservableList(cash);
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
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ACCOUNT);
  private final ReadOnlyStringWrapper weightsOf = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper targetCheck = new ReadOnlyStringWrapper("");
  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final IntegerProperty expiryWarningDays =
      new SimpleIntegerProperty(ExpiryNote.DEFAULT_DAYS);

  /** The portfolio the report shown was worked out for. */
  private Portfolio analysed;

  /** The account whose weights the latest analysis works out, {@code null} for the household. */
  private String weighedFor;

  /** True while {@link #show} replaces the filters' choices. */
  private boolean refillingChoices;

  public HoldingsViewModel(DocumentViewModel document, TaskRunner runner) {
    this.document = document;
    this.edits = new HoldingsEditsViewModel(document);
    this.analysis = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(report.isNotNull().and(analysis.runningProperty().or(failed)));
    // an invalidation, not a change, listener: a change listener compares the portfolios, all
    // 10,000 positions of a big book, at every edit (and misses a file reopened the same)
    document
        .portfolioProperty()
        .addListener((Observable replaced) -> analyse(document.portfolio()));
    account.addListener((obs, old, now) -> weighOrFilter());
    scope.addListener((obs, old, now) -> weighOrFilter());
    assetClass.addListener((obs, old, now) -> filter());
    search.addListener((obs, old, now) -> filter());
    analyse(document.portfolio());
  }

  // ---- drift ----------------------------------------------------------------------------------

  /** The drift report of one portfolio with its summary line, worked out together. */
  private record Analysis(Portfolio portfolio, DriftReport report, String summary) {}

  /**
   * The account whose own weights are to be shown: the one chosen in the filter while the rebalance
   * is in account scope (the engine then rebalances each account toward its own weights); {@code
   * null} for the household's.
   */
  private String weighedAccount(Portfolio portfolio) {
    String chosen = scope.get() == Scope.ACCOUNT ? chosen(account.get()) : null;
    // an account a new file does not have: the household until the choices are refilled
    return chosen != null && portfolio.accountsById().containsKey(chosen) ? chosen : null;
  }

  /**
   * After a filter or scope change: analyses again when the weights wanted are not those of the
   * latest analysis (shown, or still under way), else filters.
   */
  private void weighOrFilter() {
    if (refillingChoices) {
      return;
    }
    Portfolio portfolio = document.portfolio();
    if (portfolio != null && !Objects.equals(weighedFor, weighedAccount(portfolio))) {
      analyse(portfolio);
    } else {
      filter();
    }
  }

  private void analyse(Portfolio portfolio) {
    if (portfolio == null) {
      analysis.cancel();
      analysed = null;
      weighedFor = null;
      report.set(null);
      rows.clear();
      cash.clear();
      derivatives.clear();
      weightsOf.set("");
      return;
    }
    targetCheck.set(targetCheck(portfolio)); // sums of the targets only: at once
    failed.set(false);
    String accountId = weighedAccount(portfolio);
    weighedFor = accountId;
    analysis.submit(
        () -> {
          DriftReport drift =
              accountId == null
                  ? DriftAnalyzer.DEFAULT.analyze(portfolio)
                  : DriftAnalyzer.DEFAULT.analyzeAccount(portfolio, portfolio.market(), accountId);
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
    weightsOf.set(
        done.report().isOfAccount()
            ? "Weights of account " + done.report().account()
            : "Weights of the household");
    cash.setAll(done.report().cash());
    derivatives.setAll(done.report().derivatives());
    List<String> accountIds = new ArrayList<>(List.of(ALL));
    portfolio.accounts().forEach(a -> accountIds.add(a.id()));
    List<String> classNames = new ArrayList<>(List.of(ALL));
    portfolio.assetClasses().forEach(c -> classNames.add(c.name()));
    // the filter boxes clear and set their values as their choices are replaced: the lines are
    // filtered once, after, not at each of those changes (each one a tree of every line)
    refillingChoices = true;
    try {
      replaceChoices(accounts, accountIds, account);
      replaceChoices(classes, classNames, assetClass);
    } finally {
      refillingChoices = false;
    }
    summary.set(done.summary());
    weighOrFilter(); // an account the new book lacks is now All: the household's weights
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
    if (refillingChoices) {
      return;
    }
    DriftReport drift = report.get();
    if (drift == null) {
      rows.clear();
      return;
    }
    // an account's own report holds that account only, with the lines it can buy and its cash
    String heldIn = drift.isOfAccount() ? null : chosen(account.get());
    rows.setAll(new HoldingsFilter(search.get(), heldIn, classId()).apply(drift.rows()));
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
   * A filter's choice, {@code null} for all; a filter box briefly holds no value while refilled.
   */
  private static String chosen(String choice) {
    return choice == null || ALL.equals(choice) ? null : choice;
  }

  // ---- texts ----------------------------------------------------------------------------------

  private static String summary(Portfolio portfolio, DriftReport drift) {
    int breached = drift.breached().size();
    int derivatives = drift.derivatives().size();
    long positions =
        portfolio.positions().stream()
            .filter(p -> !drift.isOfAccount() || p.account().equals(drift.account()))
            .count();
    boolean delta = drift.basis() == ExposureBasis.DELTA;
    String total = delta ? "equity " : "total ";
    return (drift.isOfAccount()
            ? "Account " + drift.account() + ": " + total
            : Character.toUpperCase(total.charAt(0)) + total.substring(1))
        + Formats.money(delta ? drift.equity() : drift.totalValue())
        + " "
        + drift.baseCurrency()
        + (delta ? ", delta weights" : "")
        + " (cash "
        + Formats.money(drift.cashValue())
        + ") · "
        + positions
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

  /**
   * The cash balances of the drift shown, by account and currency (a negative one is a loan): every
   * account's, or the one account's whose weights are shown.
   */
  public ObservableList<CashHolding> cash() {
    return readOnlyCash;
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

  /**
   * The rebalance scope the weights follow (the window binds it to the rebalance settings): in
   * account scope a chosen account's own weights are shown, in household scope the household's.
   */
  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  /** Whose weights the tree shows, in words: "Weights of account …" or "of the household". */
  public ReadOnlyStringProperty weightsOfProperty() {
    return weightsOf.getReadOnlyProperty();
  }

  /** What the derivatives list's exposure is, and whether the allocation counts it. */
  public static String derivativesNote(DriftReport report) {
    return report != null && report.basis() == ExposureBasis.DELTA
        ? "Notional at the contract's price, in the base currency; the weights count each"
            + " contract's delta (keel exposure lists the Greeks)."
        : "Notional at the contract's price, in the base currency; not in the allocation.";
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
