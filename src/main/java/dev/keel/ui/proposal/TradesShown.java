package dev.keel.ui.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The trades as the table shows them: the view-model's rows in the order of the table's sort
 * columns (in the proposal's order when there are none). It stands where a {@code SortedList}
 * would, for one reason: a decision on many trades (approve all, Space on a selection) replaces
 * every row with the same trade's new row, and a sorted list sorted all 40,000 of a large book
 * again for it, on the JavaFX thread. Here rows of the same trades are put where their trades
 * already are, and the rows are sorted again only when that broke the order (sorted by the
 * decision, say). A new proposal and a new order are sorted once, in an array.
 */
final class TradesShown {
  private final ObservableList<TradeRow> source;
  private final ObservableList<TradeRow> shown = FXCollections.observableArrayList();
  private final ObservableList<TradeRow> readOnlyShown =
      FXCollections.unmodifiableObservableList(shown);
  private Comparator<TradeRow> order;

  /** Where each row of the source is shown: {@code position[i]} is the index in {@link #shown}. */
  private int[] position = new int[0];

  TradesShown(ObservableList<TradeRow> source) {
    this.source = source;
    source.addListener((ListChangeListener<TradeRow>) this::follow);
    refill();
  }

  /** The rows in the order shown. */
  ObservableList<TradeRow> rows() {
    return readOnlyShown;
  }

  /** Shows the rows in {@code order}, or in the proposal's order when it is null. */
  void order(Comparator<TradeRow> order) {
    this.order = order;
    refill();
  }

  private void follow(ListChangeListener.Change<? extends TradeRow> change) {
    List<Integer> replaced = new ArrayList<>();
    boolean inPlace = true;
    while (change.next()) {
      inPlace &= sameTradesReplaced(change, replaced);
    }
    if (!inPlace || position.length != source.size()) {
      refill();
      return;
    }
    if (replaced.size() == 1) {
      int at = replaced.get(0);
      int shownAt = position[at];
      shown.set(shownAt, source.get(at));
      if (!inOrderAround(shownAt)) {
        refill();
      }
      return;
    }
    List<TradeRow> now = new ArrayList<>(shown);
    for (int at : replaced) {
      now.set(position[at], source.get(at));
    }
    if (order != null && !inOrder(now)) {
      refill();
      return;
    }
    shown.setAll(now); // one change of the list, as the table's selection keeps its rows
  }

  /**
   * Whether the change only replaced rows by rows of the same trades at the same places; their
   * indices are added to {@code replaced}.
   */
  private static boolean sameTradesReplaced(
      ListChangeListener.Change<? extends TradeRow> change, List<Integer> replaced) {
    if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()) {
      return false;
    }
    List<? extends TradeRow> removed = change.getRemoved();
    List<? extends TradeRow> added = change.getAddedSubList();
    for (int i = 0; i < added.size(); i++) {
      if (!removed.get(i).trade().id().equals(added.get(i).trade().id())) {
        return false;
      }
      replaced.add(change.getFrom() + i);
    }
    return true;
  }

  private boolean inOrderAround(int at) {
    if (order == null) {
      return true;
    }
    boolean afterPrevious = at == 0 || order.compare(shown.get(at - 1), shown.get(at)) <= 0;
    boolean beforeNext =
        at == shown.size() - 1 || order.compare(shown.get(at), shown.get(at + 1)) <= 0;
    return afterPrevious && beforeNext;
  }

  private boolean inOrder(List<TradeRow> rows) {
    for (int i = 1; i < rows.size(); i++) {
      if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Sorts the source's rows into the order (stable: ties keep the proposal's order). */
  private void refill() {
    int size = source.size();
    Integer[] sourceIndex = new Integer[size];
    for (int i = 0; i < size; i++) {
      sourceIndex[i] = i;
    }
    if (order != null) {
      TradeRow[] rows = source.toArray(new TradeRow[0]);
      Arrays.sort(sourceIndex, (a, b) -> order.compare(rows[a], rows[b]));
    }
    int[] where = new int[size];
    List<TradeRow> now = new ArrayList<>(size);
    for (int p = 0; p < size; p++) {
      where[sourceIndex[p]] = p;
      now.add(source.get(sourceIndex[p]));
    }
    position = where;
    shown.setAll(now);
  }
}
