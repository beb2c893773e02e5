package dev.keel.ui.stress;

import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.ui.common.CssStates;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the stress view runs: a check box per built-in set, and a field for a scenario of one's own
 * (run with Enter or Run), its error under it when it cannot be run.
 */
final class ScenarioControls {
  private final VBox root;

  ScenarioControls(StressViewModel viewModel) {
    HBox bar = new HBox(8, new Label("Sets"));
    for (ScenarioSets set : ScenarioSets.values()) {
      CheckBox box = new CheckBox(set.label());
      box.setId("stress-set-" + set.label());
      box.selectedProperty().bindBidirectional(viewModel.setChosenProperty(set));
      box.setTooltip(new Tooltip(about(set)));
      bar.getChildren().add(box);
    }
    TextField own = new TextField();
    own.setId("stress-scenario");
    own.setPromptText("BTC=-30%,ETH=-40%,vol=+20,days=1");
    own.setPrefColumnCount(28);
    own.textProperty().bindBidirectional(viewModel.scenarioTextProperty());
    own.setOnAction(event -> viewModel.applyScenario());
    own.setTooltip(
        new Tooltip(
            "Moves of underlyings or groups (crypto, equity, index, all) in percent, vol in points"
                + " (or +20% for a relative change), days that pass; Enter runs it, an empty"
                + " field none (docs/stress.md)"));
    HBox.setHgrow(own, Priority.SOMETIMES);
    BooleanBinding refused = viewModel.scenarioErrorProperty().isNotEmpty();
    CssStates.toggle(own, StressView.INVALID, refused);
    Button run = new Button("Run");
    run.setId("stress-run");
    run.setOnAction(event -> viewModel.applyScenario());
    Separator between = new Separator(Orientation.VERTICAL);
    bar.getChildren().addAll(between, new Label("Scenario of your own"), own, run);
    bar.setAlignment(Pos.CENTER_LEFT);

    Label error = new Label();
    error.setId("stress-scenario-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "⚠ " + viewModel.scenarioErrorProperty().get(),
                viewModel.scenarioErrorProperty()));
    error.visibleProperty().bind(refused);
    error.managedProperty().bind(error.visibleProperty());

    root = new VBox(4, bar, error);
    root.setPadding(new Insets(6, 8, 2, 8));
  }

  Node root() {
    return root;
  }

  private static String about(ScenarioSets set) {
    return switch (set) {
      case SPAN ->
          "After CME SPAN: price 0, +-1/3, +-2/3, +-1 of each group's scan range with vol up and"
              + " down, +-2 ranges counted at 35 %; one day on";
      case CRYPTO_PM ->
          "After Deribit's portfolio margin: crypto -16 % to +16 % in 9 steps, each with vol up,"
              + " unchanged and down";
      case CRASH -> "Deribit's extended table, in full: every underlying -66 % to +500 %, vol up";
      case TIMS -> "After OCC TIMS: 10 points, 5 down and 5 up, within each group's range";
    };
  }
}
