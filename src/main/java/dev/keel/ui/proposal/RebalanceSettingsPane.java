package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.ui.common.Names;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.CashFlow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * The rebalance settings on the left of the panel, one row each; a typed field is applied when the
 * user presses Enter or leaves it, and a line under them says which one cannot be read.
 */
final class RebalanceSettingsPane {
  private RebalanceSettingsPane() {}

  static Node of(RebalanceSettingsViewModel settings) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    grid.setPadding(new Insets(8));
    grid.setId("rebalance-settings");
    int row = 0;
    Label heading = new Label("Rebalance");
    heading.getStyleClass().add("title-4");
    grid.addRow(row++, heading);
    Label note = new Label();
    note.setId("book-settings-note");
    note.setWrapText(true);
    note.setMaxWidth(220);
    note.textProperty().bind(settings.bookNoteProperty());
    note.visibleProperty().bind(settings.bookNoteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    grid.add(note, 0, row++, 2, 1);
    grid.addRow(
        row++,
        new Label("Trigger"),
        choice("trigger", Trigger.values(), settings.triggerProperty()));
    grid.addRow(
        row++,
        new Label("Destination"),
        choice("destination", Destination.values(), settings.destinationProperty()));
    TextField fraction = field("fraction", settings.fractionProperty(), "50");
    fraction
        .disableProperty()
        .bind(settings.destinationProperty().isNotEqualTo(Destination.PARTIAL));
    fraction.setTooltip(new Tooltip("How much of the band a partial rebalance keeps, in %"));
    grid.addRow(row++, new Label("Share of band %"), fraction);
    grid.addRow(
        row++,
        new Label("Cash flow"),
        choice("cash-flow", CashFlow.values(), settings.cashFlowProperty()));
    TextField amount = field("cash-flow-amount", settings.cashFlowAmountProperty(), "10000");
    amount.disableProperty().bind(settings.cashFlowProperty().isEqualTo(CashFlow.NONE));
    grid.addRow(row++, new Label("Amount"), amount);
    // a combo box: a choice box rebuilds its whole menu for each account added, and a book of
    // many accounts took a tenth of a second of the JavaFX thread to open
    ComboBox<String> account = new ComboBox<>(settings.accounts());
    account.setId("cash-flow-account");
    account.valueProperty().bindBidirectional(settings.cashFlowAccountProperty());
    account.disableProperty().bind(settings.cashFlowProperty().isEqualTo(CashFlow.NONE));
    grid.addRow(row++, new Label("Account"), account);
    grid.addRow(row++, new Label("Mode"), choice("mode", Mode.values(), settings.modeProperty()));
    grid.addRow(
        row++, new Label("Scope"), choice("scope", Scope.values(), settings.scopeProperty()));
    grid.addRow(
        row++, new Label("Min. trade"), field("min-trade", settings.minTradeProperty(), "none"));
    grid.addRow(
        row++,
        new Label("Turnover cap %"),
        field("max-turnover", settings.maxTurnoverProperty(), "none"));
    ChoiceBox<OrderTerms.OrderType> orderType = new ChoiceBox<>();
    orderType.setId("order-type");
    orderType.getItems().setAll(OrderTerms.OrderType.values());
    orderType.setConverter(
        Names.of(type -> type == OrderTerms.OrderType.MARKET ? "market" : "limit"));
    orderType.valueProperty().bindBidirectional(settings.orderTypeProperty());
    orderType.setMaxWidth(Double.MAX_VALUE);
    grid.addRow(row++, new Label("Orders"), orderType);
    TextField offset = field("limit-offset", settings.limitOffsetProperty(), "10");
    offset
        .disableProperty()
        .bind(settings.orderTypeProperty().isEqualTo(OrderTerms.OrderType.MARKET));
    offset.setTooltip(new Tooltip("How far from the reference price a limit order is placed"));
    grid.addRow(row++, new Label("Limit offset bps"), offset);
    Label error = new Label();
    error.setId("settings-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.setMaxWidth(220);
    error.textProperty().bind(settings.errorProperty());
    grid.add(error, 0, row, 2, 1);
    return grid;
  }

  private static <E extends Enum<E>> ChoiceBox<E> choice(
      String id, E[] values, ObjectProperty<E> property) {
    ChoiceBox<E> box = new ChoiceBox<>();
    box.getItems().setAll(values);
    box.setId(id);
    box.setConverter(Names.of(value -> RebalanceSettings.label(value).replace('-', ' ')));
    box.valueProperty().bindBidirectional(property);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  private static TextField field(String id, StringProperty property, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(8);
    // Applied when the user presses Enter or leaves the field, not at every key stroke.
    field.setText(property.get());
    field.setOnAction(event -> property.set(field.getText()));
    field
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                property.set(field.getText());
              }
            });
    property.addListener((obs, old, now) -> field.setText(now));
    return field;
  }
}
