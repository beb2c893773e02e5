package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.ui.common.Formats;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

/**
 * The derivative positions under the holdings tree: their exposure in the base currency, outside
 * the allocation (decision 4); folded at first, and shown only when the book has any.
 */
final class DerivativesPane {
  private DerivativesPane() {}

  static TitledPane of(HoldingsViewModel viewModel) {
    TableView<DerivativeLine> list = new TableView<>(viewModel.derivatives());
    list.setId("derivatives");
    list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    list.getColumns().add(column("Account", DerivativeLine::account, false));
    list.getColumns().add(column("Symbol", DerivativeLine::symbol, false));
    list.getColumns().add(column("Type", line -> line.type().label(), false));
    list.getColumns().add(column("Quantity", line -> line.quantity().toPlainString(), true));
    list.getColumns().add(column("Price", line -> line.price().toPlainString(), true));
    list.getColumns().add(column("Exposure", line -> Formats.money(line.exposure()), true));
    list.setPrefHeight(130);
    TitledPane pane = new TitledPane(null, list);
    pane.setExpanded(false); // the tree comes first; one click shows the derivatives
    pane.setId("derivatives-pane");
    pane.textProperty()
        .bind(
            Bindings.concat(
                "Derivatives: exposure, not in the allocation (",
                Bindings.size(viewModel.derivatives()),
                ")"));
    pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.derivatives()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  private static TableColumn<DerivativeLine, String> column(
      String title, Function<DerivativeLine, String> text, boolean numeric) {
    TableColumn<DerivativeLine, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    if (numeric) {
      column.getStyleClass().add(HoldingsView.NUMERIC);
    }
    return column;
  }
}
