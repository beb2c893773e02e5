package dev.keel.ui;

import dev.keel.ui.holdings.HoldingsView;
import dev.keel.ui.holdings.HoldingsViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

/**
 * The window's content: a menu to open files and samples, the holdings view, and drag and drop of a
 * portfolio file onto the window.
 */
public final class MainWindow {
  /** The samples offered in File, Open sample (bundled in the jar). */
  public static final List<String> SAMPLES =
      List.of("crypto-spot.json", "stocks-two-accounts.json", "derivatives-book.json");

  private final BorderPane root = new BorderPane();
  private final HoldingsViewModel viewModel;

  public MainWindow(HoldingsViewModel viewModel) {
    this.viewModel = viewModel;
    root.setTop(menuBar());
    root.setCenter(new HoldingsView(viewModel).root());
    root.setOnDragOver(
        event -> {
          if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
          }
          event.consume();
        });
    root.setOnDragDropped(
        event -> {
          List<File> files = event.getDragboard().getFiles();
          if (!files.isEmpty()) {
            viewModel.open(files.get(0).toPath());
          }
          event.setDropCompleted(!files.isEmpty());
          event.consume();
        });
  }

  public Parent root() {
    return root;
  }

  private MenuBar menuBar() {
    MenuItem open = new MenuItem("Open…");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(event -> chooseFile());
    Menu samples = new Menu("Open sample");
    for (String sample : SAMPLES) {
      MenuItem item = new MenuItem(sample);
      item.setOnAction(event -> viewModel.openSample(sample));
      samples.getItems().add(item);
    }
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(event -> Platform.exit());
    Menu file = new Menu("File", null, open, samples, new SeparatorMenuItem(), quit);
    MenuBar bar = new MenuBar(file);
    bar.setId("menu-bar");
    return bar;
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open portfolio");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Keel portfolio (*.json)", "*.json"));
    Path samples = Path.of("sample-portfolios");
    if (Files.isDirectory(samples)) {
      chooser.setInitialDirectory(samples.toFile());
    }
    File chosen = chooser.showOpenDialog(root.getScene().getWindow());
    if (chosen != null) {
      viewModel.open(chosen.toPath());
    }
  }
}
