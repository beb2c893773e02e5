package dev.keel.ui.stress;

import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The heat table: a line per scenario, the book's worst first; the scenario, its weight, then the
 * book and each account, each with its cell before the proposal and, beside it, after; the cells
 * share the width the scenario and its weight leave. The columns of the accounts are made again for
 * each new list of accounts (another book).
 */
final class HeatTable {
  private final TableView<ScenarioRow> table = new TableView<>();
  private final ObservableList<ScenarioRow> source;
  private final ObservableBooleanValue afterShown;
  private SortedList<ScenarioRow> rows;

  HeatTable(ObservableList<ScenarioRow> source, ObservableBooleanValue afterShown) {
    this.source = source;
    this.afterShown = afterShown;
    table.setId("stress-scenarios");
    table.setPlaceholder(new Label("No scenario run"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
  }

  TableView<ScenarioRow> table() {
    return table;
  }

  /** Makes the columns for {@code accounts}, in their order. */
  void columnsFor(List<String> accounts) {
    if (rows != null) {
      rows.comparatorProperty().unbind(); // the old rows go with their columns and fits
    }
    table.getSortOrder().clear();
    table.getColumns().clear();
    rows = new SortedList<>(source);
    rows.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(rows);
    TableColumns<ScenarioRow> fits = new TableColumns<>(table);
    // the scenario and its weight as wide as they need: the width left goes to the cells
    atFit(fits.everyText("Scenario", ScenarioRow::name, ScenarioRow::description));
    atFit(
        fits.figure(
            "Weight", r -> BigDecimal.valueOf(r.scenario().weight()), ScenarioRow::weight, null));
    sided(fits, "Book", r -> r.book(false), r -> r.book(true));
    for (int i = 0; i < accounts.size(); i++) {
      int index = i;
      sided(fits, accounts.get(i), r -> r.account(index, false), r -> r.account(index, true));
    }
    fits.fitTo(rows);
  }

  private static void atFit(TableColumn<ScenarioRow, ScenarioRow> column) {
    column.maxWidthProperty().bind(column.prefWidthProperty());
  }

  /** A group of two cells, before the proposal and after it (shown when there is an after). */
  private void sided(
      TableColumns<ScenarioRow> fits,
      String title,
      Function<ScenarioRow, HeatFigure> before,
      Function<ScenarioRow, HeatFigure> after) {
    TableColumn<ScenarioRow, ScenarioRow> beforeColumn = cells(fits, "Before", before);
    TableColumn<ScenarioRow, ScenarioRow> afterColumn = cells(fits, "After", after);
    afterColumn.visibleProperty().bind(afterShown);
    fits.group(title, List.of(beforeColumn, afterColumn));
  }

  private static TableColumn<ScenarioRow, ScenarioRow> cells(
      TableColumns<ScenarioRow> fits, String title, Function<ScenarioRow, HeatFigure> figure) {
    TableColumn<ScenarioRow, ScenarioRow> column =
        fits.figureOrWord(title, r -> pnl(figure.apply(r)), r -> text(figure.apply(r)), null);
    column.setCellFactory(c -> new HeatCell(figure));
    return column;
  }

  /** The figure a cell sorts by: its P&amp;L, none where it has no figure. */
  private static BigDecimal pnl(HeatFigure figure) {
    return figure == null ? null : BigDecimal.valueOf(figure.pnl());
  }

  private static String text(HeatFigure figure) {
    return figure == null ? StressTexts.NOT_APPLICABLE : figure.text();
  }
}
