package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.ui.common.Formats;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The derivatives view: every derivative position with its exposure in the base currency, outside
 * the allocation (decision 4), its expiry and a warning for contracts that expire soon, as a view
 * of its own with the whole height of its area.
 */
public final class DerivativesView {
  private final BorderPane root = new BorderPane();
  private final StringBinding title;

  public DerivativesView(HoldingsViewModel viewModel) {
    TableView<DerivativeLine> list = new TableView<>(viewModel.derivatives());
    list.setId("derivatives");
    list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    list.setPlaceholder(new Label("This book holds no perpetuals, futures or options"));
    list.getColumns().add(column("Account", DerivativeLine::account, false, 110));
    list.getColumns().add(column("Symbol", DerivativeLine::symbol, false, 170));
    list.getColumns().add(column("Type", line -> line.type().label(), false, 80));
    list.getColumns().add(column("Underlying", line -> text(line.underlying()), false, 100));
    list.getColumns().add(column("Expiry", line -> text(line.expiry()), false, 100));
    list.getColumns().add(column("Days", line -> text(line.daysToExpiry()), true, 60));
    list.getColumns().add(column("Quantity", line -> line.quantity().toPlainString(), true, 90));
    list.getColumns().add(column("Price", line -> line.price().toPlainString(), true, 100));
    list.getColumns().add(column("Currency", DerivativeLine::currency, false, 80));
    list.getColumns().add(column("Exposure", line -> Formats.money(line.exposure()), true, 130));
    IntegerProperty warnWithin = viewModel.expiryWarningDaysProperty();
    list.getColumns()
        .add(column("Expiry warning", line -> ExpiryNote.of(line, warnWithin.get()), false, 240));
    warnWithin.addListener((obs, old, now) -> list.refresh());
    Spinner<Integer> days = new Spinner<>(0, 365, warnWithin.get());
    days.setId("expiry-warning-days");
    days.setEditable(true);
    days.setPrefWidth(80);
    days.valueProperty().addListener((obs, old, now) -> warnWithin.set(now));
    warnWithin.addListener((obs, old, now) -> days.getValueFactory().setValue(now.intValue()));
    Label note = new Label();
    note.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> HoldingsViewModel.derivativesNote(viewModel.reportProperty().get()),
                viewModel.reportProperty()));
    HBox setting = new HBox(6, new Label("Warn of expiries within"), days, new Label("days"), note);
    HBox.setMargin(note, new Insets(0, 0, 0, 16));
    setting.setAlignment(Pos.CENTER_LEFT);
    setting.setPadding(new Insets(6, 8, 6, 8));
    root.setId("derivatives-view");
    root.setTop(setting);
    root.setCenter(list);
    title =
        Bindings.createStringBinding(
            () -> title(viewModel.derivatives(), warnWithin.get()),
            viewModel.derivatives(),
            warnWithin);
  }

  public Parent root() {
    return root;
  }

  /** The view's tab title: how many lines, and how many expire soon (seen from another tab). */
  public StringBinding title() {
    return title;
  }

  static String title(List<DerivativeLine> lines, int warnWithin) {
    long soon = lines.stream().filter(line -> line.expiresWithin(warnWithin)).count();
    return "Derivatives ("
        + lines.size()
        + (soon == 0
            ? ""
            : ", "
                + soon
                + (soon == 1 ? " expires" : " expire")
                + " within "
                + warnWithin
                + " days")
        + ")";
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
