package dev.keel.ui.holdings;

import dev.keel.engine.CashHolding;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.ui.common.ColumnFit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * The widths of the holdings tree's columns: every column of figures and words as wide as its
 * widest text after each rebuild (class rows are bold, so texts are measured bold), and the name
 * column given what they leave.
 */
final class HoldingsFit {
  /** The key under which a column of words keeps how it writes a line (the editors' columns). */
  static final String TEXT = "keel.text";

  private final TreeTableView<HoldingsLine> table;
  private final List<ColumnFit<HoldingsLine>> fits = new ArrayList<>();

  /** Whether a fit is on its way ({@link #fitLater}). */
  private boolean pending;

  HoldingsFit(TreeTableView<HoldingsLine> table) {
    this.table = table;
  }

  /** A column showing {@code text} of the figure {@code key}. */
  void figures(
      TreeTableColumn<HoldingsLine, ?> column,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, BigDecimal> key) {
    fits.add(ColumnFit.ofFigures(column, text, key, true));
  }

  /** A column of words showing {@code text}. */
  void texts(TreeTableColumn<HoldingsLine, ?> column, Function<HoldingsLine, String> text) {
    fits.add(ColumnFit.ofTexts(column, text, true));
  }

  /** A column of words measured by what its cells show (an editor's column). */
  <V> void shownTexts(TreeTableColumn<HoldingsLine, V> column) {
    texts(column, line -> shown(column, line));
  }

  /**
   * Fits the columns to {@code rows} once, in later turns of the JavaFX thread, a column a turn:
   * the turn that showed the lines is not made longer by measuring them, and neither is any other
   * by more than one column's measure of a 10,000-position book. The lists are read then, as they
   * are.
   */
  void fitLater(List<DriftRow> rows, List<CashHolding> cash) {
    if (pending) {
      return;
    }
    pending = true;
    Platform.runLater(
        () -> {
          pending = false;
          List<HoldingsLine> lines = lines(rows, cash);
          fits.forEach(each -> Platform.runLater(() -> each.fit(lines)));
        });
  }

  /** Every line of the tree: the rows, their account parts and the cash lines. */
  private static List<HoldingsLine> lines(List<DriftRow> rows, List<CashHolding> cash) {
    List<HoldingsLine> lines = new ArrayList<>(rows.size() + cash.size());
    for (DriftRow row : rows) {
      lines.add(new HoldingsLine(row, null));
      row.holdings().forEach(holding -> lines.add(new HoldingsLine(row, holding)));
      if (row.kind() == RowKind.CASH) {
        cash.forEach(balance -> lines.add(new HoldingsLine(row, null, balance)));
      }
    }
    return lines;
  }

  /**
   * The name column takes the width the figures leave (and gives way first when the window is
   * narrow, down to its minimum; then the table scrolls sideways, and no figure is cut).
   */
  void nameTakesWhatIsLeft(List<TreeTableColumn<HoldingsLine, ?>> columns) {
    TreeTableColumn<HoldingsLine, ?> name = columns.get(0);
    List<TreeTableColumn<HoldingsLine, ?>> others = columns.subList(1, columns.size());
    Runnable share =
        () -> {
          double taken =
              others.stream()
                  .filter(TreeTableColumn::isVisible) // a hidden column takes no room
                  .mapToDouble(TreeTableColumn::getWidth)
                  .sum();
          // room for the vertical scroll bar, so that the last column is never under it
          name.setPrefWidth(Math.max(name.getMinWidth(), table.getWidth() - taken - 18));
        };
    table.widthProperty().addListener((obs, old, now) -> share.run());
    others.forEach(
        column -> {
          column.widthProperty().addListener((obs, old, now) -> share.run());
          column.visibleProperty().addListener((obs, old, now) -> share.run());
        });
  }

  /** What {@code column} shows for {@code line}, as its cells show it. */
  private <V> String shown(TreeTableColumn<HoldingsLine, V> column, HoldingsLine line) {
    @SuppressWarnings("unchecked")
    Function<HoldingsLine, String> text =
        (Function<HoldingsLine, String>) column.getProperties().get(TEXT);
    if (text != null) {
      return text.apply(line); // without a tree item and a cell value made for each line
    }
    V value =
        column
            .getCellValueFactory()
            .call(new TreeTableColumn.CellDataFeatures<>(table, column, new TreeItem<>(line)))
            .getValue();
    return value == null ? "" : value.toString();
  }
}
