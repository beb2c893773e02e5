package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.ui.common.Formats;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

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
    list.getColumns().add(column("Account", DerivativeLine::account, false, 100));
    list.getColumns().add(column("Symbol", DerivativeLine::symbol, false, 160));
    list.getColumns().add(column("Type", line -> line.type().label(), false, 80));
    list.getColumns().add(column("Underlying", line -> text(line.underlying()), false, 95));
    list.getColumns().add(column("Expiry", line -> text(line.expiry()), false, 95));
    list.getColumns().add(column("Days", line -> text(line.daysToExpiry()), true, 55));
    list.getColumns().add(column("Quantity", line -> line.quantity().toPlainString(), true, 80));
    list.getColumns().add(column("Price", line -> line.price().toPlainString(), true, 90));
    list.getColumns().add(column("Currency", DerivativeLine::currency, false, 80));
    list.getColumns().add(column("Exposure", line -> Formats.money(line.exposure()), true, 110));
    IntegerProperty warnWithin = viewModel.expiryWarningDaysProperty();
    list.getColumns()
        .add(column("Expiry warning", line -> ExpiryNote.of(line, warnWithin.get()), false, 220));
    warnWithin.addListener((obs, old, now) -> list.refresh());
    list.setPrefHeight(130);
    Spinner<Integer> days = new Spinner<>(0, 365, warnWithin.get());
    days.setId("expiry-warning-days");
    days.setEditable(true);
    days.setPrefWidth(80);
    days.valueProperty().addListener((obs, old, now) -> warnWithin.set(now));
    warnWithin.addListener((obs, old, now) -> days.getValueFactory().setValue(now.intValue()));
    HBox setting = new HBox(6, new Label("Warn of expiries within"), days, new Label("days"));
    setting.setAlignment(Pos.CENTER_LEFT);
    TitledPane pane = new TitledPane(null, new VBox(6, setting, list));
    pane.setExpanded(false); // the tree comes first; one click shows the derivatives
    pane.setId("derivatives-pane");
    pane.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> title(viewModel.derivatives(), warnWithin.get()),
                viewModel.derivatives(),
                warnWithin));
    pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.derivatives()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  /** The pane's title: how many lines, and how many expire soon (it shows while folded). */
  static String title(List<DerivativeLine> lines, int warnWithin) {
    long soon = lines.stream().filter(line -> line.expiresWithin(warnWithin)).count();
    return "Derivatives: exposure, not in the allocation ("
        + lines.size()
        + ")"
        + (soon == 0
            ? ""
            : " · "
                + soon
                + (soon == 1 ? " expires" : " expire")
                + " within "
                + warnWithin
                + " days");
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static TableColumn<DerivativeLine, String> column(
      String title, Function<DerivativeLine, String> text, boolean numeric, double width) {
    TableColumn<DerivativeLine, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setMinWidth(Math.min(width, 95)); // a header stays readable when the list is narrow
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    if (numeric) {
      column.getStyleClass().add(HoldingsView.NUMERIC);
    }
    return column;
  }
}
