package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Decimals;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.engine.rebalance.RebalanceWarning;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetLevels;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.common.TypedNumbers;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rebalance panel's state: every setting of the engine, the proposal for the open portfolio and
 * the user's review of it. The proposal is computed on the task runner, never on the JavaFX thread;
 * while a new one is being computed the old one stays shown and is marked stale, and a result that
 * a later edit has overtaken is dropped. Any change to the portfolio or the settings asks for a new
 * proposal, whose trades all start pending.
 */
public final class ProposalViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ProposalViewModel.class);

  /** Whether money comes in, goes out, or neither. */
  public enum CashFlow {
    NONE,
    DEPOSIT,
    WITHDRAW
  }

  private final DocumentViewModel document;
  private final TaskRunner runner;

  private final ObjectProperty<Trigger> trigger = new SimpleObjectProperty<>(Trigger.THRESHOLD);
  private final ObjectProperty<Destination> destination =
      new SimpleObjectProperty<>(Destination.TARGET);
  private final StringProperty fraction = new SimpleStringProperty("50");
  private final ObjectProperty<CashFlow> cashFlow = new SimpleObjectProperty<>(CashFlow.NONE);
  private final StringProperty cashFlowAmount = new SimpleStringProperty("");
  private final ObjectProperty<String> cashFlowAccount = new SimpleObjectProperty<>();
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.BUY_SELL);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ACCOUNT);
  private final StringProperty minTrade = new SimpleStringProperty("");
  private final StringProperty maxTurnover = new SimpleStringProperty("");
  private final ObjectProperty<OrderTerms.OrderType> orderType =
      new SimpleObjectProperty<>(OrderTerms.OrderType.MARKET);
  private final StringProperty limitOffset = new SimpleStringProperty("10");

  private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TradeRow> rows = FXCollections.observableArrayList();
  private final ObservableList<TradeRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyWarnings =
      FXCollections.unmodifiableObservableList(warnings);
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyProblems =
      FXCollections.unmodifiableObservableList(problems);
  private final ObservableList<String> accounts = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyAccounts =
      FXCollections.unmodifiableObservableList(accounts);
  private final ReadOnlyStringWrapper settingsError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
  private final Map<String, Integer> rowIndex = new HashMap<>();

  /** Counts proposal requests, so that a result overtaken by a later edit is dropped. */
  private long request;

  /** Counts review checks (see {@link #check}), likewise. */
  private long reviewRequest;

  public ProposalViewModel(DocumentViewModel document, TaskRunner runner) {
    this.document = document;
    this.runner = runner;
    List<ObservableValue<?>> inputs =
        List.of(
            document.portfolioProperty(),
            trigger,
            destination,
            fraction,
            cashFlow,
            cashFlowAmount,
            cashFlowAccount,
            mode,
            scope,
            minTrade,
            maxTurnover);
    inputs.forEach(input -> input.addListener((obs, old, now) -> refresh()));
    document.portfolioProperty().addListener((obs, old, now) -> updateAccounts(now));
    updateAccounts(document.portfolio());
    refresh();
  }

  private void updateAccounts(Portfolio portfolio) {
    List<String> ids =
        portfolio == null ? List.of() : portfolio.accounts().stream().map(a -> a.id()).toList();
    if (!accounts.equals(ids)) {
      accounts.setAll(ids);
    }
    if (cashFlowAccount.get() == null || !ids.contains(cashFlowAccount.get())) {
      cashFlowAccount.set(ids.isEmpty() ? null : ids.get(0));
    }
  }

  // ---- settings -------------------------------------------------------------------------------

  /** The engine's settings from the panel, or why they cannot be read. */
  public SettingsOrError settings() {
    RebalanceSettings.Builder builder =
        RebalanceSettings.builder().trigger(trigger.get()).mode(mode.get()).scope(scope.get());
    switch (destination.get()) {
      case TARGET -> builder.toTarget();
      case BAND_EDGE -> builder.toBandEdge();
      case PARTIAL -> {
        Optional<BigDecimal> share = percent(fraction.get(), false);
        if (share.isEmpty()) {
          return SettingsOrError.error(
              "Share of the band: type a percentage between 0 and 100, such as 50");
        }
        builder.partial(share.get());
      }
    }
    if (cashFlow.get() != CashFlow.NONE) {
      Optional<BigDecimal> amount = TypedNumbers.money(cashFlowAmount.get());
      if (amount.isEmpty() || amount.get().signum() == 0) {
        return SettingsOrError.error(
            (cashFlow.get() == CashFlow.DEPOSIT ? "Deposit" : "Withdrawal")
                + ": type an amount above zero in the base currency, such as 10000");
      }
      if (cashFlow.get() == CashFlow.DEPOSIT) {
        builder.deposit(amount.get());
      } else {
        builder.withdraw(amount.get());
      }
      builder.cashFlowAccount(cashFlowAccount.get());
    }
    if (!minTrade.get().isBlank()) {
      Optional<BigDecimal> minimum = TypedNumbers.money(minTrade.get());
      if (minimum.isEmpty()) {
        return SettingsOrError.error(
            "Minimum trade: type an amount in the base currency, such as 100, or leave it empty");
      }
      builder.minTradeNotional(minimum.get());
    }
    if (!maxTurnover.get().isBlank()) {
      Optional<BigDecimal> cap = percent(maxTurnover.get(), true);
      if (cap.isEmpty()) {
        return SettingsOrError.error(
            "Turnover cap: type a percentage of the book such as 20, or leave it empty");
      }
      builder.maxTurnover(cap.get());
    }
    return SettingsOrError.of(builder.build());
  }

  /** Settings, or the sentence that says which field is wrong and what to type. */
  public record SettingsOrError(RebalanceSettings settings, String error) {
    static SettingsOrError of(RebalanceSettings settings) {
      return new SettingsOrError(settings, null);
    }

    static SettingsOrError error(String error) {
      return new SettingsOrError(null, error);
    }
  }

  private static Optional<BigDecimal> percent(String text, boolean mayExceedHundred) {
    return TypedNumbers.percent(text)
        .filter(value -> mayExceedHundred || value.compareTo(BigDecimal.ONE) <= 0);
  }

  // ---- the proposal ---------------------------------------------------------------------------

  /** Asks for a new proposal for the portfolio and settings as they are now. */
  public void refresh() {
    long current = ++request;
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      return;
    }
    SettingsOrError read = settings();
    settingsError.set(read.error() == null ? "" : read.error());
    if (read.error() != null) {
      markStale("Fix the settings to see a proposal: " + read.error());
      return;
    }
    List<TargetLevels.Level> incomplete = TargetLevels.incomplete(portfolio);
    if (portfolio.targets().isEmpty()) {
      clear("No targets are set: give the classes and instruments a target to rebalance");
      return;
    }
    if (!incomplete.isEmpty()) {
      markStale("The targets do not add up to 100 %: see the holdings table");
      return;
    }
    Optional<String> impossible = Rebalancer.DEFAULT.check(portfolio, read.settings());
    if (impossible.isPresent()) {
      markStale("No proposal: " + impossible.get());
      return;
    }
    stale.set(review.get() != null);
    computing.set(true);
    message.set("Working out the trades…");
    RebalanceSettings settings = read.settings();
    runner.run(
        () -> {
          Proposal proposal = Rebalancer.DEFAULT.propose(portfolio, settings);
          Review fresh = Review.of(proposal);
          return new Computed(fresh, fresh.outcome(), fresh.problems());
        },
        computed -> {
          if (current != request) {
            return; // overtaken by a later edit; its own result is on the way
          }
          show(computed);
          message.set(describe(computed.review()));
          computing.set(false); // last: whoever waits for the end sees the new proposal
        },
        error -> {
          if (current != request) {
            return;
          }
          computing.set(false);
          LOG.error("the proposal failed", error);
          markStale("Unexpected error while working out the trades: " + error + " (see the log)");
        });
  }

  /** A review with its before/after and what blocks its export, worked out together. */
  private record Computed(Review review, Outcome outcome, List<String> problems) {}

  private void markStale(String why) {
    computing.set(false);
    stale.set(review.get() != null);
    message.set(why);
  }

  private void clear(String why) {
    computing.set(false);
    stale.set(false);
    review.set(null);
    outcome.set(null);
    rows.clear();
    rowIndex.clear();
    warnings.clear();
    problems.clear();
    message.set(why);
  }

  private void show(Computed computed) {
    Review shown = computed.review();
    reviewRequest++; // a check of the previous review still under way is no longer wanted
    stale.set(false);
    review.set(shown);
    outcome.set(computed.outcome());
    rowIndex.clear();
    List<TradeRow> all = rowsOf(shown);
    for (int i = 0; i < all.size(); i++) {
      rowIndex.put(all.get(i).trade().id(), i);
    }
    rows.setAll(all);
    warnings.setAll(shown.proposal().warnings().stream().map(RebalanceWarning::message).toList());
    problems.setAll(computed.problems());
  }

  private static String describe(Review review) {
    int trades = review.trades().size();
    if (trades == 0) {
      return "Nothing to trade: every line is inside its band";
    }
    return trades
        + (trades == 1 ? " trade" : " trades")
        + " proposed ("
        + review.proposal().id()
        + "): approve the ones to send, then export";
  }

  // ---- the review -----------------------------------------------------------------------------

  /** Approves or rejects one trade. */
  public void setApproved(String tradeId, boolean approved) {
    Review current = review.get();
    if (current == null || stale.get()) {
      return;
    }
    update(approved ? current.approve(tradeId) : current.reject(tradeId), List.of(tradeId));
  }

  public void approveAll() {
    decideAll(Decision.APPROVED);
  }

  public void rejectAll() {
    decideAll(Decision.REJECTED);
  }

  private void decideAll(Decision decision) {
    Review current = review.get();
    if (current == null || stale.get()) {
      return;
    }
    Review decided = decision == Decision.APPROVED ? current.approveAll() : current.rejectAll();
    update(decided, null);
  }

  /**
   * Changes a trade's quantity to what the user typed. The change is checked again (lot step,
   * exchange and user minimums, what is held, cash floor); when refused, the reason is kept on the
   * row and returned, and the trade is unchanged.
   */
  public Optional<String> changeQuantity(String tradeId, String text) {
    Review current = review.get();
    Integer index = rowIndex.get(tradeId);
    if (current == null || index == null || stale.get()) {
      return Optional.of("the proposal is being worked out again; try once it is shown");
    }
    Optional<BigDecimal> quantity = TypedNumbers.decimal(text);
    Optional<String> error;
    if (quantity.isEmpty()) {
      error =
          Optional.of("'" + text.trim() + "' is not a quantity: type a number such as 12 or 0.5");
    } else {
      Review.Change change = current.changeQuantity(tradeId, quantity.get());
      error = change.error();
      if (error.isEmpty()) {
        update(change.review(), List.of(tradeId));
        return error;
      }
    }
    TradeRow row = rows.get(index);
    rows.set(index, new TradeRow(row.trade(), row.decision(), error.get()));
    return error;
  }

  /** Shows a changed review: the rows named (all when {@code null}), the totals, the problems. */
  private void update(Review changed, List<String> changedIds) {
    review.set(changed);
    if (changedIds == null) {
      rows.setAll(rowsOf(changed));
    } else {
      for (String id : changedIds) {
        int index = rowIndex.get(id);
        rows.set(index, new TradeRow(changed.trade(id), changed.decision(id), ""));
      }
    }
    check(changed);
    message.set(
        changed.count(Decision.APPROVED)
            + " approved, "
            + changed.count(Decision.REJECTED)
            + " rejected, "
            + changed.count(Decision.PENDING)
            + " pending");
  }

  /**
   * Works out the footer's before/after and what blocks an export for a changed review, on the task
   * runner: on a large book (40,000 trades) that is tens of milliseconds, too long for every click
   * on the JavaFX thread. A result overtaken by a later change is dropped.
   */
  private void check(Review changed) {
    long current = ++reviewRequest;
    runner.run(
        () -> new Computed(changed, changed.outcome(), changed.problems()),
        checked -> {
          if (current == reviewRequest) {
            outcome.set(checked.outcome());
            problems.setAll(checked.problems());
          }
        },
        error -> LOG.error("the review's before/after failed", error));
  }

  private static List<TradeRow> rowsOf(Review review) {
    return review.trades().stream()
        .map(trade -> new TradeRow(trade, review.decision(trade.id()), ""))
        .toList();
  }

  // ---- state ----------------------------------------------------------------------------------

  public ObjectProperty<Trigger> triggerProperty() {
    return trigger;
  }

  public ObjectProperty<Destination> destinationProperty() {
    return destination;
  }

  /** The share of the band a partial destination keeps, in percent ("50" is halfway). */
  public StringProperty fractionProperty() {
    return fraction;
  }

  public ObjectProperty<CashFlow> cashFlowProperty() {
    return cashFlow;
  }

  /** The deposit or withdrawal in the base currency, as typed. */
  public StringProperty cashFlowAmountProperty() {
    return cashFlowAmount;
  }

  public ObjectProperty<String> cashFlowAccountProperty() {
    return cashFlowAccount;
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  /** The smallest trade worth making, base currency, as typed (empty for none). */
  public StringProperty minTradeProperty() {
    return minTrade;
  }

  /** The most the trades may turn over, percent of the book, as typed (empty for no cap). */
  public StringProperty maxTurnoverProperty() {
    return maxTurnover;
  }

  /**
   * Market or limit orders: not part of the proposal, the export dialog starts from it (and from
   * {@link #limitOffsetProperty()}).
   */
  public ObjectProperty<OrderTerms.OrderType> orderTypeProperty() {
    return orderType;
  }

  /** The limit orders' offset from the reference price, in basis points, as typed. */
  public StringProperty limitOffsetProperty() {
    return limitOffset;
  }

  /** The review being made, {@code null} before the first proposal. */
  public ReadOnlyObjectProperty<Review> reviewProperty() {
    return review.getReadOnlyProperty();
  }

  /** Before and after the approved trades, with the totals of the footer. */
  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ObservableList<TradeRow> rows() {
    return readOnlyRows;
  }

  public ObservableList<String> warnings() {
    return readOnlyWarnings;
  }

  /** What blocks an export: an account whose cash would end below the floor. */
  public ObservableList<String> problems() {
    return readOnlyProblems;
  }

  /** The accounts a deposit or withdrawal can go to. */
  public ObservableList<String> accounts() {
    return readOnlyAccounts;
  }

  /** Which setting cannot be read, empty when all can. */
  public ReadOnlyStringProperty settingsErrorProperty() {
    return settingsError.getReadOnlyProperty();
  }

  /** One line about the proposal: its state, or why there is none. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True while the shown proposal no longer matches the portfolio or settings. */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** True while a proposal is being worked out. */
  public ReadOnlyBooleanProperty computingProperty() {
    return computing.getReadOnlyProperty();
  }

  /** A quantity as shown and typed in the table. */
  public static String quantityText(Trade trade) {
    return Decimals.plain(trade.quantity());
  }
}
