package dev.keel.ui.proposal;

import dev.keel.ui.common.ColumnFit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The widths of the trades table's columns: each as wide as its widest text for the proposal shown
 * (amounts measured as their cells write them), the reason giving way.
 */
final class TradesFit {
  private final TableView<TradeRow> table;
  private final ProposalViewModel viewModel;

  TradesFit(TableView<TradeRow> table, ProposalViewModel viewModel) {
    this.table = table;
    this.viewModel = viewModel;
  }

  /**
   * Sizes every column but the reason, which gives way, to its content each time the trades change:
   * a figure is never cut to "…".
   */
  void fitColumnsToContent() {
    List<ColumnFit<TradeRow>> fits = new ArrayList<>();
    for (TableColumn<TradeRow, ?> column : table.getColumns()) {
      if ("approve-column".equals(column.getId()) || "notes-column".equals(column.getId())) {
        continue; // a check box and a glyph: their widths are their own
      }
      if ("reason-column".equals(column.getId())) {
        column.setMinWidth(160); // gives way; the full reason is in the cell's tooltip
        continue;
      }
      Function<TradeRow, BigDecimal> figure = property(column, FIGURE);
      Function<BigDecimal, String> format = property(column, FORMAT);
      Function<TradeRow, String> shown =
          format != null && figure != null
              ? row -> format.apply(figure.apply(row))
              : row -> shown(column, row);
      fits.add(
          figure == null
              ? ColumnFit.ofTexts(column, shown, false)
              : ColumnFit.ofFigures(column, shown, figure, false));
    }
    // a decision changes a row, not its texts: the columns are fitted again for a new proposal
    Object[] fittedFor = {null};
    Runnable fit =
        () -> {
          Object proposal =
              viewModel.reviewProperty().get() == null
                  ? null
                  : viewModel.reviewProperty().get().proposal();
          if (proposal != fittedFor[0] || proposal == null) {
            fittedFor[0] = proposal;
            // a column a turn: no turn is longer than one column's measure of 40,000 trades
            List<TradeRow> rows = List.copyOf(viewModel.rows());
            fits.forEach(each -> Platform.runLater(() -> each.fit(rows)));
          }
        };
    // after the rows are shown, in a turn of its own: the thread answers in between
    viewModel.rows().addListener((ListChangeListener<TradeRow>) change -> Platform.runLater(fit));
    fit.run();
  }

  /** The key under which an amount's column keeps how its cells write the amount. */
  static final String FORMAT = "keel.format";

  /** The key under which a column of figures keeps the figure its cells show. */
  static final String FIGURE = "keel.figure";

  /** The key under which a column of texts keeps how it writes a row's text. */
  static final String TEXT = "keel.text";

  /** What a column keeps under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  private static <F> F property(TableColumn<TradeRow, ?> column, String key) {
    return (F) column.getProperties().get(key);
  }

  /** What {@code column} shows for {@code row}, as its cells show it. */
  private <V> String shown(TableColumn<TradeRow, V> column, TradeRow row) {
    Function<TradeRow, String> text = property(column, TEXT);
    if (text != null) {
      return text.apply(row); // the column's own words, without a cell value made for each row
    }
    V value =
        column
            .getCellValueFactory()
            .call(new TableColumn.CellDataFeatures<>(table, column, row))
            .getValue();
    return value == null ? "" : value.toString();
  }
}
