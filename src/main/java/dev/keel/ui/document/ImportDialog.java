package dev.keel.ui.document;

import dev.keel.model.AssetType;
import dev.keel.ui.common.Names;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks what a holdings CSV does not say before it is imported. */
public final class ImportDialog {
  public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();

  public ImportDialog(ImportViewModel viewModel, String fileName, Window owner) {
    dialog.initOwner(owner);
    dialog.setTitle("Import holdings");
    dialog.setHeaderText("Import " + fileName + " as a new book");
    dialog.getDialogPane().setId("import-dialog");
    dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
    ChoiceBox<AssetType> type = new ChoiceBox<>();
    type.getItems().setAll(ImportViewModel.TYPES);
    type.setConverter(Names.of(AssetType::label));
    type.valueProperty().bindBidirectional(viewModel.typeProperty());
    Label error = new Label();
    error.setId("import-error");
    error.getStyleClass().add("field-error");
    error.textProperty().bind(viewModel.errorProperty());
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(8));
    grid.addRow(0, new Label("Name"), field(viewModel.nameProperty(), "my book"));
    grid.addRow(1, new Label("Base currency"), field(viewModel.baseCurrencyProperty(), "USD"));
    grid.addRow(
        2, new Label("Account of rows without one"), field(viewModel.accountProperty(), "main"));
    grid.addRow(
        3,
        new Label("Class of rows without one"),
        field(viewModel.assetClassProperty(), "unclassified"));
    grid.addRow(4, new Label("Type of rows without one"), type);
    grid.addRow(5, new Label("FX rates"), field(viewModel.fxRatesProperty(), "EUR=1.08, GBP=1.27"));
    grid.add(error, 0, 6, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog
        .getDialogPane()
        .lookupButton(IMPORT)
        .disableProperty()
        .bind(viewModel.errorProperty().isNotEmpty());
  }

  private static TextField field(javafx.beans.property.StringProperty property, String prompt) {
    TextField field = new TextField();
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  /** Shows the dialog; says whether the user chose to import. */
  public boolean ask() {
    return dialog.showAndWait().filter(IMPORT::equals).isPresent();
  }
}
