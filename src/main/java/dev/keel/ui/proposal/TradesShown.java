package dev.keel.ui.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The trades as the table shows them: the view-model's rows in the order of the table's sort
 * columns (in the proposal's order when there are none). It stands where a {@code SortedList}
 * would, for one reason: a decision on many trades (approve all, Space on a selection) replaces
 * every row with the same trade's new row, and a sorted list sorted all 40,000 of a large book
 * again for it, on the JavaFX thread. Here rows of the same trades are put where their trades
 * already are, and sorted again only when a trade itself changed and broke the order (a quantity
 * edited while sorted by quantity). A new proposal comes sorted in the table's order from where it
 * was worked out ({@link Presorted}); a new order is sorted once, in an array.
 */
final class TradesShown {
  private final ObservableList<TradeRow> source;
  private final ObservableList<TradeRow> shown = FXCollections.observableArrayList();
  private final ObservableList<TradeRow> readOnlyShown =
      FXCollections.unmodifiableObservableList(shown);
  private Comparator<TradeRow> order;

  /** Where each row of the source is shown: {@code position[i]} is the index in {@link #shown}. */
  private int[] position = new int[0];

  /** Rows sorted off the JavaFX thread for the order asked for, or null; see {@link Presorted}. */
  private final Supplier<Presorted> presorted;

  /**
   * Rows in the order of {@code order}, sorted where they were made (a proposal is worked out off
   * the JavaFX thread): {@code inOrder[p]} is the index in {@code rows} of the row shown at {@code
   * p}.
   */
  record Presorted(List<TradeRow> rows, Comparator<TradeRow> order, int[] inOrder) {
    static Presorted of(List<TradeRow> rows, Comparator<TradeRow> order) {
      return new Presorted(rows, order, sortedIndices(rows, order));
    }
  }

  /**
   * @param presorted the rows of the latest proposal sorted as they were made, used when the source
   *     holds those rows and the order is still the one they were sorted in
   */
  TradesShown(ObservableList<TradeRow> source, Supplier<Presorted> presorted) {
    this.source = source;
    this.presorted = presorted;
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
    if (holdsPresorted()) { // a new proposal, sorted as it was made (the same trades, maybe)
      refill();
      return;
    }
    Replacements replaced = new Replacements();
    boolean inPlace = true;
    while (change.next()) {
      inPlace &= replaced.addIfSameTrades(change);
    }
    if (!inPlace || position.length != source.size()) {
      refill();
      return;
    }
    if (replaced.count == 1) {
      int at = replaced.indices[0];
      int shownAt = position[at];
      shown.set(shownAt, source.get(at));
      if (replaced.moved && !inOrderAround(shownAt)) {
        refill();
      }
      return;
    }
    List<TradeRow> now = new ArrayList<>(shown);
    for (int i = 0; i < replaced.count; i++) {
      int at = replaced.indices[i];
      now.set(position[at], source.get(at));
    }
    if (order != null && replaced.moved && !inOrder(now)) {
      refill();
      return;
    }
    shown.setAll(now); // one change of the list, as the table's selection keeps its rows
  }

  /**
   * The rows a change replaced by rows of the same trades at the same places, and whether any of
   * them may have moved in the order. The table sorts by what its sortable columns show, all read
   * from a row's trade and notes: a row whose trade and notes are the very ones it had cannot move
   * (its decision is shown in the approve column, which does not sort), so approve all orders
   * nothing again.
   */
  private static final class Replacements {
    int[] indices = new int[16];
    int count;
    boolean moved;

    /** Adds the change's rows when it only replaced rows by the same trades' rows. */
    boolean addIfSameTrades(ListChangeListener.Change<? extends TradeRow> change) {
      if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()) {
        return false;
      }
      List<? extends TradeRow> removed = change.getRemoved();
      List<? extends TradeRow> added = change.getAddedSubList();
      for (int i = 0; i < added.size(); i++) {
        TradeRow was = removed.get(i);
        TradeRow now = added.get(i);
        if (!was.trade().id().equals(now.trade().id())) {
          return false;
        }
        moved |= was.trade() != now.trade() || was.notes() != now.notes();
        if (count == indices.length) {
          indices = Arrays.copyOf(indices, count * 2);
        }
        indices[count++] = change.getFrom() + i;
      }
      return true;
    }
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
    int[] inOrder = holdsPresorted() ? presorted.get().inOrder() : sortedIndices(source, order);
    int[] where = new int[size];
    List<TradeRow> now = new ArrayList<>(size);
    for (int p = 0; p < size; p++) {
      where[inOrder[p]] = p;
      now.add(source.get(inOrder[p]));
    }
    position = where;
    shown.setAll(now);
  }

  /** Whether the source holds the rows presorted in the order shown. */
  private boolean holdsPresorted() {
    Presorted sorted = presorted.get();
    return sorted != null && sorted.order() == order && holdsExactly(sorted.rows());
  }

  /** Whether the source holds these very rows, in this order. */
  private boolean holdsExactly(List<TradeRow> rows) {
    if (rows.size() != source.size()) {
      return false;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) != source.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The indices of {@code rows} in {@code order} (stable), or as they are when it is null. */
  static int[] sortedIndices(List<TradeRow> rows, Comparator<TradeRow> order) {
    Integer[] index = new Integer[rows.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    if (order != null) {
      TradeRow[] all = rows.toArray(new TradeRow[0]);
      Arrays.sort(index, (a, b) -> order.compare(all[a], all[b]));
    }
    int[] sorted = new int[index.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = index[i];
    }
    return sorted;
  }
}
