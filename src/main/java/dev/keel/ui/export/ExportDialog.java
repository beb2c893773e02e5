package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.io.export.OrderFormat;
import dev.keel.io.export.Routing;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.Names;
import dev.keel.ui.holdings.HoldingsView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The export dialog: how formats are chosen (by venue, or one for all), market or limit with the
 * offset, the folder, the files it will write (name, venue, format, orders, whether one exists), a
 * preview of their rows and the count of approved trades. The folder is typed or chosen; one that
 * cannot be written in is marked, with the reason as its tooltip. Export stays disabled while
 * nothing can be written and says why. The write runs off the JavaFX thread: Export says "Writing…"
 * and the dialog stays open until it is done, then closes; a failed write keeps it open with the
 * reason.
 */
public final class ExportDialog {
  /** The button that writes the files. */
  public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ExportViewModel viewModel;

  /**
   * Whether the folder typed cannot be used. Held here: the view-model's property holds a binding
   * only weakly, and the field's mark would stop following once this one was collected.
   */
  private final BooleanBinding folderRefused;

  public ExportDialog(ExportViewModel viewModel, Window owner) {
    this.viewModel = viewModel;
    this.folderRefused = viewModel.folderProblemProperty().isNotEmpty();
    dialog.initOwner(owner);
    dialog.setTitle("Export orders");
    dialog.setHeaderText("Write the approved trades as orders");
    dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().setId("export-dialog");
    dialog.getDialogPane().setPrefWidth(820); // the files' names, venues and formats in full
    dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    dialog.setResizable(true);
    Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
    export.setId("export-button");
    export.disableProperty().bind(viewModel.canExportProperty().not());
    export.textProperty().bind(viewModel.exportTextProperty()); // "Writing…" while it writes
    Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
    cancel.disableProperty().bind(viewModel.writingProperty()); // the write finishes either way
    // the write runs off the JavaFX thread: stay open until its result, which closes on success
    export.addEventFilter(ActionEvent.ACTION, event -> forward(event, viewModel::export));
    dialog.setOnCloseRequest(this::keepOpenWhileWriting);
    viewModel.writtenProperty().addListener((obs, was, done) -> close(done));
  }

  private static void forward(Event event, Runnable command) {
    event.consume();
    command.run();
  }

  private void keepOpenWhileWriting(Event event) {
    if (viewModel.writingProperty().get()) {
      event.consume();
    }
  }

  private void close(boolean done) {
    if (done) {
      dialog.setResult(EXPORT);
      dialog.close();
    }
  }

  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  private GridPane content() {
    ChoiceBox<Routing> format = new ChoiceBox<>();
    format.setId("export-format");
    List<Routing> routings = new ArrayList<>(List.of(Routing.BY_VENUE));
    for (OrderFormat each : OrderFormat.values()) {
      routings.add(Routing.forced(each));
    }
    format.getItems().setAll(routings);
    format.setConverter(Names.of(ExportDialog::routingName));
    format.valueProperty().bindBidirectional(viewModel.routingProperty());
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
    destination.textProperty().bindBidirectional(viewModel.folderTextProperty());
    destination.disableProperty().bind(viewModel.writingProperty());
    CssStates.toggle(destination, HoldingsView.INVALID, folderRefused);
    Tooltip why = new Tooltip();
    why.textProperty().bind(viewModel.folderProblemProperty());
    destination
        .tooltipProperty()
        .bind(viewModel.folderProblemProperty().map(problem -> problem.isEmpty() ? null : why));
    HBox.setHgrow(destination, Priority.ALWAYS);
    Button browse = new Button("Choose…");
    browse.setId("export-choose");
    browse.disableProperty().bind(viewModel.writingProperty());
    browse.setOnAction(event -> choose());
    CheckBox overwrite = new CheckBox("Replace existing files");
    overwrite.setId("export-overwrite");
    overwrite.selectedProperty().bindBidirectional(viewModel.overwriteProperty());
    CheckBox pastGuard = new CheckBox("Export past the guard (the manifest records it)");
    pastGuard.setId("export-override-guard");
    pastGuard.selectedProperty().bindBidirectional(viewModel.overrideGuardProperty());
    pastGuard.setVisible(viewModel.guardBlocks());
    pastGuard.setManaged(viewModel.guardBlocks());
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
    grid.addRow(0, label("Format"), format);
    grid.addRow(1, label("Orders"), new HBox(8, type, new Label("offset (bps)"), offset));
    grid.addRow(2, label("Folder"), new HBox(8, destination, browse));
    grid.addRow(3, label("Files"), files());
    grid.add(new HBox(16, overwrite, pastGuard), 1, 4);
    grid.add(summary, 0, 5, 2, 1);
    grid.add(preview, 0, 6, 2, 1);
    grid.add(error, 0, 7, 2, 1);
    GridPane.setHgrow(preview, Priority.ALWAYS);
    GridPane.setVgrow(preview, Priority.ALWAYS);
    return grid;
  }

  /** A row's label, which keeps its width when the dialog is narrow. */
  private static Label label(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /** The files the export will write, one row each. */
  private TableView<ExportViewModel.FileRow> files() {
    TableView<ExportViewModel.FileRow> table = new TableView<>(viewModel.files());
    table.setId("export-files");
    table.setPrefHeight(120);
    table.setPrefWidth(720);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table
        .getColumns()
        .addAll(
            List.of(
                column("File", "export-file-name", ExportViewModel.FileRow::name, 350),
                column("Venue", "export-file-venue", ExportViewModel.FileRow::venue, 150),
                column("Format", "export-file-format", ExportViewModel.FileRow::format, 70),
                column("Orders", "export-file-orders", row -> String.valueOf(row.orders()), 70),
                column("Exists", "export-file-exists", row -> row.exists() ? "yes" : "", 55)));
    return table;
  }

  private static TableColumn<ExportViewModel.FileRow, String> column(
      String title, String id, Function<ExportViewModel.FileRow, String> value, double width) {
    TableColumn<ExportViewModel.FileRow, String> column = new TableColumn<>(title);
    column.setId(id);
    column.setPrefWidth(width);
    column.setMinWidth(Math.min(width, 65));
    column.setSortable(false);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    return column;
  }

  private void choose() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Write the orders in");
    // found to be a folder on the files lane: the disk is not asked here, on the JavaFX thread
    viewModel.folderToBrowse().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    File chosen = chooser.showDialog(dialog.getOwner());
    if (chosen != null) {
      viewModel.choose(chosen.toPath());
    }
  }

  static String routingName(Routing routing) {
    return routing
        .forcedFormat()
        .map(ExportDialog::formatName)
        .orElse("By venue (each account's format)");
  }

  static String formatName(OrderFormat format) {
    return switch (format) {
      case GENERIC -> "Generic CSV, every order";
      case IBKR -> "Interactive Brokers basket (CSV), every order";
      case CCXT -> "CCXT JSON (crypto exchanges), every order";
    };
  }
}
