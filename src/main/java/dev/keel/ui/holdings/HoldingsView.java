package dev.keel.ui.holdings;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.io.FileProblem;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The holdings and drift table with a status bar. */
public final class HoldingsView {
  /** Style class of a row outside its band. */
  public static final String BREACHED = "breached";

  /** Style class of the pane listing a file's problems. */
  public static final String PROBLEMS = "problems-pane";

  /** Style class of a right-aligned number column. */
  public static final String NUMERIC = "numeric";

  /** Style class of an asset-class row. */
  public static final String CLASS_ROW = "class-row";

  private final BorderPane root = new BorderPane();
  private final TableView<DriftRow> table = new TableView<>();

  public HoldingsView(HoldingsViewModel viewModel) {
    table.setId("drift-table");
    table.setItems(viewModel.rows());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Holding", row -> "    ".repeat(row.depth()) + name(row), 240));
    table.getColumns().add(numeric("Value", row -> DriftFormat.money(row.marketValue()), 130));
    table.getColumns().add(numeric("Current", row -> DriftFormat.percent(row.currentWeight()), 90));
    table.getColumns().add(numeric("Target", row -> DriftFormat.percent(row.targetWeight()), 90));
    table.getColumns().add(numeric("Drift", row -> DriftFormat.points(row.drift()), 100));
    table
        .getColumns()
        .add(numeric("Relative", row -> DriftFormat.percent(row.relativeDrift()), 90));
    table.getColumns().add(numeric("Band", row -> bandText(row), 90));
    table.getColumns().add(column("State", HoldingsView::state, 110));
    table.setRowFactory(t -> new StyledRow());
    root.setCenter(table);
    root.setTop(problemsPane(viewModel));

    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    HBox bar = new HBox(status);
    bar.getStyleClass().add("status-bar");
    bar.setPadding(new Insets(4, 8, 4, 8));
    root.setBottom(bar);
  }

  /** The problems of a file that failed to open, shown above the table until the next open. */
  private static VBox problemsPane(HoldingsViewModel viewModel) {
    Label heading = new Label("The file could not be opened. Fix these lines and open it again:");
    ListView<FileProblem> list = new ListView<>(viewModel.problems());
    list.setId("problems");
    list.setPrefHeight(120);
    VBox pane = new VBox(4, heading, list);
    pane.getStyleClass().add(PROBLEMS);
    pane.setPadding(new Insets(6, 8, 6, 8));
    pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  public Parent root() {
    return root;
  }

  private static TableColumn<DriftRow, String> numeric(
      String title, Function<DriftRow, String> text, double width) {
    TableColumn<DriftRow, String> column = column(title, text, width);
    column.getStyleClass().add(NUMERIC);
    return column;
  }

  private static TableColumn<DriftRow, String> column(
      String title, Function<DriftRow, String> text, double width) {
    TableColumn<DriftRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  private static String name(DriftRow row) {
    return row.kind() == RowKind.INSTRUMENT ? row.key() + "  " + row.label() : row.label();
  }

  private static String bandText(DriftRow row) {
    if (row.targetWeight() == null) {
      return "—";
    }
    return row.bandLimit() == null
        ? "none"
        : "± " + DriftFormat.points(row.bandLimit()).replace("+", "");
  }

  private static String state(DriftRow row) {
    if (row.targetWeight() == null) {
      return "";
    }
    if (!row.breached()) {
      return "✓ within band";
    }
    return row.drift().signum() > 0 ? "▲ over band" : "▼ under band";
  }

  /** Marks breached and class rows with style classes (the State column says it in text too). */
  private static final class StyledRow extends TableRow<DriftRow> {
    @Override
    protected void updateItem(DriftRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll(BREACHED, CLASS_ROW);
      if (!empty && row != null) {
        if (row.breached()) {
          getStyleClass().add(BREACHED);
        }
        if (row.kind() != RowKind.INSTRUMENT) {
          getStyleClass().add(CLASS_ROW);
        }
      }
    }
  }
}
