package dev.keel.ui.proposal;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The hedge panel, a row of the Exposure view: underlying, net delta wanted, the instrument to
 * trade, an optional vega target with its option, and the button that puts the hedge in the
 * proposal and brings the proposal forward for review.
 */
public final class HedgePanel {
  private final FlowPane root = new FlowPane(8, 6);

  /**
   * @param viewModel the panel's state
   * @param showProposal brings the proposal view forward once the hedge is asked for
   */
  public HedgePanel(HedgePanelViewModel viewModel, Runnable showProposal) {
    ComboBox<String> underlying = new ComboBox<>(viewModel.underlyings());
    underlying.setId("hedge-underlying");
    underlying.valueProperty().bindBidirectional(viewModel.underlyingProperty());
    TextField delta = new TextField();
    delta.setId("hedge-delta");
    delta.setPrefColumnCount(6);
    delta.textProperty().bindBidirectional(viewModel.deltaProperty());
    delta.setTooltip(new Tooltip("The net delta wanted, in units of the underlying: 0 is neutral"));
    ComboBox<String> via = new ComboBox<>(viewModel.vias());
    via.setId("hedge-via");
    via.valueProperty().bindBidirectional(viewModel.viaProperty());
    via.setTooltip(
        new Tooltip("Traded in whole lots: the mandate's hedge first, then the other contracts"));
    TextField vega = new TextField();
    vega.setId("hedge-vega");
    vega.setPrefColumnCount(6);
    vega.setPromptText("none");
    vega.textProperty().bindBidirectional(viewModel.vegaProperty());
    vega.setTooltip(
        new Tooltip(
            "Optional: the net vega wanted (base currency per volatility point), reached first"
                + " with the option; the delta hedge then takes in the option's delta"));
    ComboBox<String> option = new ComboBox<>(viewModel.options());
    option.setId("hedge-vega-option");
    option.valueProperty().bindBidirectional(viewModel.vegaOptionProperty());
    option.disableProperty().bind(vega.textProperty().isEmpty());
    Button propose = new Button("Propose hedge");
    propose.setId("propose-hedge");
    propose.disableProperty().bind(underlying.valueProperty().isNull());
    propose.setOnAction(
        event -> {
          if (viewModel.ask().isEmpty()) {
            showProposal.run();
          }
        });
    Label error = new Label();
    error.setId("hedge-error");
    error.getStyleClass().add("field-error");
    error.textProperty().bind(viewModel.errorProperty());
    Label vegaLabel = new Label("vega");
    Label withOption = new Label("with");
    // a vega target needs an option on the underlying to reach it with
    for (javafx.scene.Node vegaPart : java.util.List.of(vegaLabel, vega, withOption, option)) {
      vegaPart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.options()));
      vegaPart.managedProperty().bind(vegaPart.visibleProperty());
    }
    root.getChildren()
        .addAll(
            new Label("Hedge"),
            underlying,
            new Label("to net delta"),
            delta,
            new Label("with"),
            via,
            vegaLabel,
            vega,
            withOption,
            option,
            propose,
            error);
    root.setAlignment(Pos.CENTER_LEFT);
    root.setPadding(new Insets(6, 8, 6, 8));
    root.getStyleClass().add("hedge-panel");
  }

  public Parent root() {
    return root;
  }
}
