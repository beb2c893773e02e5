package dev.keel.ui.proposal;

import java.util.Comparator;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The order of the trades table: its sort columns, each comparing what the column shows read
 * straight from the rows. The table's own comparator reads each row's cell value through the
 * column's cell value factory at every comparison, an object made each time: sorting 40,000 trades
 * again after every approve all cost a quarter of a second on the JavaFX thread.
 */
final class TradesOrder {
  /** The key under which a column keeps how it reads a row's value (the cells' value). */
  static final String VALUE = "keel.value";

  /**
   * The key under which a column keeps its own order of the rows, for a column whose cells show a
   * text of a figure (the quantity, edited as text) and sort by the figure.
   */
  static final String ORDER = "keel.order";

  private TradesOrder() {}

  /** The rows in the order of the table's sort columns, or null for the proposal's order. */
  static Comparator<TradeRow> of(TableView<TradeRow> table) {
    Comparator<TradeRow> order = null;
    for (TableColumn<TradeRow, ?> column : table.getSortOrder()) {
      Comparator<TradeRow> by = by(column);
      if (column.getSortType() == TableColumn.SortType.DESCENDING) {
        by = by.reversed();
      }
      order = order == null ? by : order.thenComparing(by);
    }
    return order;
  }

  private static <V> Comparator<TradeRow> by(TableColumn<TradeRow, V> column) {
    @SuppressWarnings("unchecked")
    Comparator<TradeRow> own = (Comparator<TradeRow>) column.getProperties().get(ORDER);
    if (own != null) {
      return own;
    }
    @SuppressWarnings("unchecked")
    Function<TradeRow, V> value = (Function<TradeRow, V>) column.getProperties().get(VALUE);
    Function<TradeRow, V> read = value != null ? value : column::getCellData;
    Comparator<V> compare = column.getComparator();
    return (a, b) -> compare.compare(read.apply(a), read.apply(b));
  }
}
