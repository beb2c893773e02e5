package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.GuardedRebalancer;
import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Hedger;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceWarning;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.ReviewCarryOver;
import dev.keel.model.Portfolio;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.common.TypedNumbers;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.SettingsOrError;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The proposal for the open portfolio and the user's review of it. Any change to the portfolio or
 * the {@link #settings() settings} asks for a new proposal, worked out on the compute lane; a newer
 * request cancels the one under way, so only the latest result is shown. Until it arrives, or while
 * the settings or targets do not allow one, the old proposal stays shown, marked stale, and cannot
 * be reviewed. A new proposal of the same book keeps the review work of the one before ({@link
 * ReviewCarryOver}: the same trade keeps its decision and changed quantity, a new one is pending,
 * one that is gone is named in the message), and an undo back to a state whose proposal was
 * reviewed gives that review again ({@link ReviewMemory}); another book's trades all start pending.
 * The {@link #totals() totals} follow each decision. Each row carries its account's venue and the
 * warnings that concern its trade ({@link TradeNotes}), matched with the proposal.
 */
public final class ProposalViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ProposalViewModel.class);

  private final DocumentViewModel document;
  private final RebalanceSettingsViewModel settings;
  private final ReviewTotalsViewModel totals;
  private final LatestTask proposals;
  private final ReviewMemory memory = new ReviewMemory();

  private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TradeRow> rows = FXCollections.observableArrayList();
  private final ObservableList<TradeRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyWarnings =
      FXCollections.unmodifiableObservableList(warnings);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();

  /** True while the portfolio or settings allow no proposal (the message says why). */
  private final BooleanProperty blocked = new SimpleBooleanProperty();

  private final ObjectProperty<HedgeRequest> hedge = new SimpleObjectProperty<>();
  private boolean hedgeShown; // the review shown is of a hedge (a review carries within a kind)
  private Map<String, Integer> rowIndex = Map.of();

  /** The order the table shows the trades in, null for the proposal's: see {@link #presorted}. */
  private final ObjectProperty<Comparator<TradeRow>> rowOrder = new SimpleObjectProperty<>();

  /** The latest proposal's rows sorted in {@link #rowOrder} as they were made, or null. */
  private TradesShown.Presorted presorted;

  /** The warnings and venue of each trade of the proposal shown. */
  private TradeNoteIndex notes = TradeNoteIndex.EMPTY;

  /** The book and settings of the proposal shown or on its way; {@code null} when neither. */
  private Portfolio askedFor;

  private Object askedWith;

  /** A proposal whose book settings are remembered {@link BookSettingsMemory#forThisSession()}. */
  public ProposalViewModel(DocumentViewModel document, TaskRunner runner) {
    this(document, runner, BookSettingsMemory.forThisSession());
  }

  /** A proposal whose books' own settings are kept in {@code bookMemory}. */
  public ProposalViewModel(
      DocumentViewModel document, TaskRunner runner, BookSettingsMemory bookMemory) {
    this.document = document;
    this.settings = new RebalanceSettingsViewModel(document, bookMemory);
    this.totals = new ReviewTotalsViewModel(runner, stale.getReadOnlyProperty());
    this.proposals = new LatestTask(runner, Lane.COMPUTE);
    stale.bind(review.isNotNull().and(proposals.runningProperty().or(blocked)));
    // not a change listener: that compares the portfolios, every position, at every edit
    document.portfolioProperty().addListener((Observable replaced) -> inputsChanged());
    settings.readSettingsProperty().addListener((obs, old, now) -> inputsChanged());
    hedge.addListener((obs, old, now) -> refresh());
    refresh();
  }

  // ---- the proposal ---------------------------------------------------------------------------

  /** Asks for a new proposal for the portfolio and settings as they are now (Rebalance now). */
  public void refresh() {
    propose(true);
  }

  /**
   * A new proposal unless the one shown or on its way is for the same book and settings (the
   * account of a cash flow follows the book, and with no cash flow it changes nothing).
   */
  private void inputsChanged() {
    propose(false);
  }

  private void propose(boolean always) {
    Portfolio portfolio = document.portfolio();
    if (portfolio == null) {
      forget();
      memory.clear();
      return;
    }
    SettingsOrError read = settings.read();
    Object chosen = hedge.get() != null ? hedge.get() : read.settings();
    Optional<ProposalReadiness> why =
        hedge.get() != null
            ? ProposalReadiness.ofHedge(portfolio, hedge.get())
            : ProposalReadiness.ofRebalance(portfolio, read);
    if (why.isPresent()) {
      why.filter(ProposalReadiness::clear)
          .ifPresentOrElse(shown -> clear(shown.message()), () -> block(why.get().message()));
      return;
    }
    if (!always && portfolio == askedFor && chosen.equals(askedWith)) {
      return;
    }
    askedFor = portfolio;
    askedWith = chosen;
    blocked.set(false);
    Object book = book();
    // undo remembers a rebalance's state; a review carries over within one book and kind only
    RebalanceSettings remembered = chosen instanceof RebalanceSettings r ? r : null;
    boolean recall = !always && remembered != null;
    Optional<Review> recalled =
        recall ? memory.recall(book, portfolio, remembered) : Optional.empty();
    boolean ofHedge = chosen instanceof HedgeRequest;
    Review earlier = memory.isOf(book) && hedgeShown == ofHedge ? review.get() : null;
    message.set("Working out the trades…");
    Comparator<TradeRow> order = rowOrder.get(); // the table's, to sort the rows as they are made
    proposals.submit(
        () -> {
          if (recalled.isPresent()) { // back to a state whose proposal was reviewed: as it was
            return ComputedReview.of(recalled.get(), null, order);
          }
          Proposal proposal =
              chosen instanceof HedgeRequest request
                  ? Hedger.DEFAULT.propose(portfolio, request)
                  : GuardedRebalancer.propose(portfolio, remembered, portfolio.guard());
          ReviewCarryOver.Result carried =
              earlier == null ? null : ReviewCarryOver.of(earlier, proposal);
          Review fresh = carried == null ? Review.of(proposal) : carried.review();
          return ComputedReview.of(fresh, carried, order);
        },
        computed -> {
          hedgeShown = ofHedge;
          show(computed);
          if (remembered != null) {
            memory.remember(book, portfolio, remembered, computed.review());
          }
          message.set(CarriedWords.message(computed.review(), computed.carried()));
        },
        error -> {
          LOG.error("the proposal failed", error);
          block("Unexpected error while working out the trades: " + error + " (see the log)");
        });
  }

  /** Cancels the proposal under way: none is on its way for any book and settings. */
  private void forget() {
    proposals.cancel();
    askedFor = null;
    askedWith = null;
  }

  /** Which book the document holds: its file, or its name when it has none. */
  private Object book() {
    Path file = document.fileProperty().get();
    return file != null ? file.toAbsolutePath().normalize() : document.nameProperty().get();
  }

  /** No proposal can be worked out now: the one shown, if any, stays, marked stale. */
  private void block(String why) {
    forget();
    blocked.set(true);
    message.set(why);
  }

  private void clear(String why) {
    forget();
    blocked.set(false);
    review.set(null);
    totals.clear();
    rows.clear();
    rowIndex = Map.of();
    presorted = null;
    notes = TradeNoteIndex.EMPTY;
    warnings.clear();
    message.set(why);
  }

  private void show(ComputedReview computed) {
    Review shown = computed.review();
    review.set(shown);
    totals.show(computed.totals());
    notes = computed.notes();
    rowIndex = computed.rowIndex();
    presorted = computed.presorted();
    rows.setAll(computed.rows());
    warnings.setAll(shown.proposal().warnings().stream().map(RebalanceWarning::message).toList());
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

  /**
   * The Space key on the selected trades: approves them all, unless every one is approved already,
   * then rejects them all. One change of the review, however many trades are named.
   */
  public void toggleApproval(List<String> tradeIds) {
    Review current = review.get();
    if (current == null || stale.get() || tradeIds.isEmpty()) {
      return;
    }
    boolean allApproved =
        tradeIds.stream().allMatch(id -> current.decision(id) == Decision.APPROVED);
    update(
        current.decide(tradeIds, allApproved ? Decision.REJECTED : Decision.APPROVED),
        List.copyOf(tradeIds));
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
    rows.set(index, new TradeRow(row.trade(), row.decision(), error.get(), row.notes()));
    return error;
  }

  /** Shows a changed review: the rows named (all when {@code null}), then its totals to come. */
  private void update(Review changed, List<String> changedIds) {
    review.set(changed);
    if (askedWith instanceof RebalanceSettings asked) {
      memory.remember(book(), askedFor, asked, changed);
    }
    if (changedIds == null) {
      rows.setAll(TradeRow.rowsOf(changed, notes));
    } else if (changedIds.size() == 1) {
      String id = changedIds.get(0);
      rows.set(rowIndex.get(id), TradeRow.of(changed, changed.trade(id), notes));
    } else { // many rows in one change of the list, not one change each
      List<TradeRow> now = new ArrayList<>(rows);
      for (String id : changedIds) {
        now.set(rowIndex.get(id), TradeRow.of(changed, changed.trade(id), notes));
      }
      rows.setAll(now);
    }
    totals.recount(changed);
    message.set(
        changed.count(Decision.APPROVED)
            + " approved, "
            + changed.count(Decision.REJECTED)
            + " rejected, "
            + changed.count(Decision.PENDING)
            + " pending");
  }

  // ---- state ----------------------------------------------------------------------------------

  /**
   * The order the table shows the trades in ({@link TradesOrder}), null for the proposal's: a new
   * proposal's rows are sorted in it where they are made, off the JavaFX thread.
   */
  ObjectProperty<Comparator<TradeRow>> rowOrderProperty() {
    return rowOrder;
  }

  /** The latest proposal's rows in {@link #rowOrderProperty()} as it was then, or null. */
  TradesShown.Presorted presorted() {
    return presorted;
  }

  /** The hedge asked for in the Exposure view, or {@code null}: a rebalance under the settings. */
  public ObjectProperty<HedgeRequest> hedgeProperty() {
    return hedge;
  }

  /** The rebalance settings the proposal is worked out with. */
  public RebalanceSettingsViewModel settings() {
    return settings;
  }

  /** The totals of the review and what blocks its export. */
  public ReviewTotalsViewModel totals() {
    return totals;
  }

  /** The review being made, {@code null} before the first proposal. */
  public ReadOnlyObjectProperty<Review> reviewProperty() {
    return review.getReadOnlyProperty();
  }

  public ObservableList<TradeRow> rows() {
    return readOnlyRows;
  }

  /** The proposal's warnings, each in a sentence, in its order. */
  public ObservableList<String> warnings() {
    return readOnlyWarnings;
  }

  /** The ids of the trades the warning at this place of {@link #warnings()} concerns. */
  public List<String> tradesConcerned(int warning) {
    return notes.tradesConcerned(warning);
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
    return proposals.runningProperty();
  }
}
