package dev.keel.ui.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The columns of one of the analytics views' tables (exposure, margin, stress) and their widths. A
 * column's cells show a row's text, with a tooltip where the row has more to say; a column of
 * figures sorts by the figure, and is as wide as its header and its widest text, refitted each time
 * the rows change (a column a turn of the JavaFX thread), so a figure is never cut to "…". The
 * column of words that gives way keeps its whole text in the tooltip.
 */
public final class TableColumns<T> {
  /** The style class of a column of figures: aligned right (keel.css). */
  public static final String NUMERIC = "numeric";

  private final TableView<T> table;
  private final List<ColumnFit<T>> fits = new ArrayList<>();

  /** Whether a fit is on its way. */
  private boolean pending;

  public TableColumns(TableView<T> table) {
    this.table = table;
  }

  /** A column of words, fitted to the longest. */
  public TableColumn<T, T> text(String title, Function<T, String> text, Function<T, String> tip) {
    TableColumn<T, T> column = column(title, text, tip);
    column.setComparator(Comparator.comparing(text));
    fits.add(ColumnFit.ofTexts(column, text, false));
    return column;
  }

  /**
   * A column of words fitted to every one of them: for a table of few lines (tens, not thousands),
   * where the longest text in letters need not be the widest.
   */
  public TableColumn<T, T> everyText(
      String title, Function<T, String> text, Function<T, String> tip) {
    TableColumn<T, T> column = column(title, text, tip);
    column.setComparator(Comparator.comparing(text));
    fits.add(ColumnFit.ofEveryText(column, text, false));
    return column;
  }

  /**
   * The column of words that gives way, no narrower than {@code minWidth}; its tooltip is whole.
   */
  public TableColumn<T, T> givingWay(String title, Function<T, String> text, double minWidth) {
    TableColumn<T, T> column = column(title, text, text);
    column.setComparator(Comparator.comparing(text));
    column.setMinWidth(minWidth);
    column.setPrefWidth(minWidth);
    return column;
  }

  /**
   * A column of figures: {@code text} writes a row's {@code figure} (null where the row has none),
   * sorted by it, fitted to the texts of the largest, smallest and longest-written.
   */
  public TableColumn<T, T> figure(
      String title,
      Function<T, BigDecimal> figure,
      Function<T, String> text,
      Function<T, String> tip) {
    TableColumn<T, T> column = numeric(title, figure, text, tip);
    fits.add(ColumnFit.ofFigures(column, text, figure, false));
    return column;
  }

  /**
   * A column of figures whose texts say more than the figure (a word instead, "undefined"; a
   * currency after it): sorted by the figure, fitted to the longest texts.
   */
  public TableColumn<T, T> figureOrWord(
      String title,
      Function<T, BigDecimal> figure,
      Function<T, String> text,
      Function<T, String> tip) {
    TableColumn<T, T> column = numeric(title, figure, text, tip);
    fits.add(ColumnFit.ofTexts(column, text, false));
    return column;
  }

  /**
   * A column headed {@code title} over {@code columns}, made by this: they move under it in their
   * order, and it goes at the end of the table's columns. Each keeps its own fit.
   */
  public TableColumn<T, T> group(String title, List<TableColumn<T, T>> columns) {
    TableColumn<T, T> group = new TableColumn<>(title);
    table.getColumns().removeAll(columns);
    group.getColumns().addAll(columns);
    table.getColumns().add(group);
    return group;
  }

  private TableColumn<T, T> numeric(
      String title,
      Function<T, BigDecimal> figure,
      Function<T, String> text,
      Function<T, String> tip) {
    TableColumn<T, T> column = column(title, text, tip);
    column.setComparator(
        Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder())));
    column.getStyleClass().add(NUMERIC);
    return column;
  }

  private TableColumn<T, T> column(
      String title, Function<T, String> text, Function<T, String> tip) {
    TableColumn<T, T> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    column.setCellFactory(c -> new Cell<>(text, tip));
    table.getColumns().add(column);
    return column;
  }

  /** Fits the columns to {@code rows} now, and again each time they change. */
  public void fitTo(ObservableList<T> rows) {
    rows.addListener((ListChangeListener<T>) change -> fitLater(rows));
    fitLater(rows);
  }

  private void fitLater(ObservableList<T> rows) {
    if (pending) {
      return;
    }
    pending = true;
    Platform.runLater(
        () -> {
          pending = false;
          List<T> lines = List.copyOf(rows);
          fits.forEach(each -> Platform.runLater(() -> each.fit(lines)));
        });
  }

  /** A cell showing its row's text, and its tooltip where the row has one. */
  private static final class Cell<T> extends TableCell<T, T> {
    private final Function<T, String> text;
    private final Function<T, String> tip;
    private final Tooltip tooltip = new Tooltip();

    Cell(Function<T, String> text, Function<T, String> tip) {
      this.text = text;
      this.tip = tip;
    }

    @Override
    protected void updateItem(T row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(text.apply(row));
      String said = tip == null ? null : tip.apply(row);
      if (said == null || said.isEmpty()) {
        setTooltip(null);
      } else {
        tooltip.setText(said);
        setTooltip(tooltip);
      }
    }
  }
}
