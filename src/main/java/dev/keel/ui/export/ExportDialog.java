package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.io.LocalFiles;
import dev.keel.io.OrderFormat;
import dev.keel.ui.common.Names;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The export dialog: format, market or limit with the offset, destination, a preview of the rows
 * and the count of approved trades. Export stays disabled while nothing can be written and says
 * why; a failed write keeps the dialog open with the reason.
 */
public final class ExportDialog {
  /** The button that writes the files. */
  public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ExportViewModel viewModel;

  public ExportDialog(ExportViewModel viewModel, Window owner) {
    this.viewModel = viewModel;
    dialog.initOwner(owner);
    dialog.setTitle("Export orders");
    dialog.setHeaderText("Write the approved trades as orders");
    dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().setId("export-dialog");
    dialog.setResizable(true);
    Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
    export.setId("export-button");
    export.disableProperty().bind(viewModel.canExportProperty().not());
    export.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          if (!viewModel.export()) {
            event.consume(); // stay open: the error says what to do
          }
        });
  }

  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  private GridPane content() {
    ChoiceBox<OrderFormat> format = new ChoiceBox<>();
    format.setId("export-format");
    format.getItems().setAll(OrderFormat.values());
    format.setConverter(Names.of(ExportDialog::formatName));
    format.valueProperty().bindBidirectional(viewModel.formatProperty());
    ChoiceBox<OrderTerms.OrderType> type = new ChoiceBox<>();
    type.setId("export-order-type");
    type.getItems().setAll(OrderTerms.OrderType.values());
    type.setConverter(Names.of(t -> t == OrderTerms.OrderType.MARKET ? "Market" : "Limit"));
    type.valueProperty().bindBidirectional(viewModel.orderTypeProperty());
    TextField offset = new TextField();
    offset.setId("export-limit-offset");
    offset.setPrefColumnCount(6);
    offset.textProperty().bindBidirectional(viewModel.limitOffsetProperty());
    offset.disableProperty().bind(type.valueProperty().isEqualTo(OrderTerms.OrderType.MARKET));
    TextField destination = new TextField();
    destination.setId("export-destination");
    destination.setEditable(false);
    destination
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.destinationProperty().get() == null
                        ? ""
                        : viewModel.destinationProperty().get().toString(),
                viewModel.destinationProperty()));
    HBox.setHgrow(destination, Priority.ALWAYS);
    Button browse = new Button("Choose…");
    browse.setOnAction(event -> choose());
    CheckBox overwrite = new CheckBox("Replace existing files");
    overwrite.setId("export-overwrite");
    overwrite.selectedProperty().bindBidirectional(viewModel.overwriteProperty());
    Label summary = new Label();
    summary.setId("export-summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    TextArea preview = new TextArea();
    preview.setId("export-preview");
    preview.setEditable(false);
    preview.setPrefRowCount(10);
    preview.setPrefColumnCount(90);
    preview.getStyleClass().add("monospace");
    preview.textProperty().bind(viewModel.previewProperty());
    Label error = new Label();
    error.setId("export-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.textProperty().bind(viewModel.errorProperty());

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(8));
    grid.addRow(0, new Label("Format"), format);
    grid.addRow(1, new Label("Orders"), new HBox(8, type, new Label("offset (bps)"), offset));
    grid.addRow(2, new Label("File"), new HBox(8, destination, browse));
    grid.add(overwrite, 1, 3);
    grid.add(summary, 0, 4, 2, 1);
    grid.add(preview, 0, 5, 2, 1);
    grid.add(error, 0, 6, 2, 1);
    GridPane.setHgrow(preview, Priority.ALWAYS);
    GridPane.setVgrow(preview, Priority.ALWAYS);
    return grid;
  }

  private void choose() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Write orders to");
    Path current = viewModel.destinationProperty().get();
    if (current != null && current.getParent() != null) {
      if (LocalFiles.isFolder(current.getParent())) {
        chooser.setInitialDirectory(current.getParent().toFile());
      }
      chooser.setInitialFileName(current.getFileName().toString());
    }
    File chosen = chooser.showSaveDialog(dialog.getOwner());
    if (chosen != null) {
      viewModel.destinationProperty().set(chosen.toPath());
      viewModel
          .overwriteProperty()
          .set(LocalFiles.exists(chosen.toPath())); // the chooser already asked
    }
  }

  static String formatName(OrderFormat format) {
    return switch (format) {
      case GENERIC -> "Generic CSV";
      case IBKR -> "Interactive Brokers basket (CSV)";
      case CCXT -> "CCXT JSON (crypto exchanges)";
    };
  }
}
