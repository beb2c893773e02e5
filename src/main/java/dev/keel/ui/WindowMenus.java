package dev.keel.ui;

import dev.keel.ui.common.Icons;
import dev.keel.ui.document.DocumentViewModel;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The window's menu bar and toolbar: every command with its shortcut, forwarded to the view-models
 * or to what the window does itself (file choosers, the export dialog, the theme, quitting).
 */
final class WindowMenus {
  /** What the window does itself when a menu item or button asks. */
  record Actions(
      Runnable chooseFile,
      Runnable chooseCsv,
      Runnable export,
      Runnable switchTheme,
      Runnable quit) {}

  private final WorkstationViewModel viewModel;
  private final DocumentViewModel document;
  private final Actions actions;

  WindowMenus(WorkstationViewModel viewModel, Actions actions) {
    this.viewModel = viewModel;
    this.document = viewModel.document();
    this.actions = actions;
  }

  MenuBar menuBar() {
    MenuItem open = item("Open…", "Shortcut+O", actions.chooseFile());
    Menu recent = new Menu("Open recent");
    recent.setId("recent-menu");
    Runnable fillRecent =
        () -> {
          recent.getItems().clear();
          for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openRecent(file));
            recent.getItems().add(item);
          }
          recent.setDisable(recent.getItems().isEmpty());
        };
    viewModel.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent.run());
    fillRecent.run();
    Menu samples = new Menu("Open sample");
    for (String sample : MainWindow.SAMPLES) {
      MenuItem item = new MenuItem(sample);
      item.setMnemonicParsing(false);
      item.setOnAction(event -> document.openSample(sample));
      samples.getItems().add(item);
    }
    MenuItem importCsv = item("Import holdings CSV…", "Shortcut+I", actions.chooseCsv());
    MenuItem save = item("Save", "Shortcut+S", document::save);
    MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", document::saveAs);
    MenuItem export = item("Export orders…", "Shortcut+E", actions.export());
    MenuItem quit = item("Quit", "Shortcut+Q", actions.quit());
    Menu file =
        new Menu(
            "File",
            null,
            open,
            recent,
            samples,
            importCsv,
            new SeparatorMenuItem(),
            save,
            saveAs,
            new SeparatorMenuItem(),
            export,
            new SeparatorMenuItem(),
            quit);

    MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
    undo.textProperty().bind(document.history().undoTextProperty());
    undo.disableProperty().bind(document.history().canUndoProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Y", document::redo);
    redo.textProperty().bind(document.history().redoTextProperty());
    redo.disableProperty().bind(document.history().canRedoProperty().not());
    Menu edit = new Menu("Edit", null, undo, redo);

    MenuItem rebalance = item("Rebalance now", "F5", viewModel.proposal()::refresh);
    MenuItem approveAll =
        item("Approve all trades", "Shortcut+Shift+A", viewModel.proposal()::approveAll);
    MenuItem rejectAll =
        item("Reject all trades", "Shortcut+Shift+R", viewModel.proposal()::rejectAll);
    Menu trade =
        new Menu(
            "Rebalance",
            null,
            rebalance,
            approveAll,
            rejectAll,
            new SeparatorMenuItem(),
            item("Export orders…", null, actions.export()));

    MenuItem theme = item("Switch light / dark theme", "Shortcut+T", actions.switchTheme());
    Menu view = new Menu("View", null, theme);

    MenuBar bar = new MenuBar(file, edit, trade, view);
    bar.setId("menu-bar");
    return bar;
  }

  private static MenuItem item(String text, String shortcut, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setMnemonicParsing(false);
    if (shortcut != null) {
      item.setAccelerator(KeyCombination.keyCombination(shortcut));
    }
    item.setOnAction(event -> action.run());
    return item;
  }

  ToolBar toolBar() {
    Button open = Icons.button(MaterialDesignF.FOLDER_OPEN, "Open", "Ctrl+O", actions.chooseFile());
    Button importCsv =
        Icons.button(
            MaterialDesignF.FILE_DELIMITED, "Import holdings CSV", "Ctrl+I", actions.chooseCsv());
    Button save = Icons.button(MaterialDesignC.CONTENT_SAVE, "Save", "Ctrl+S", document::save);
    save.disableProperty().bind(document.dirtyProperty().not());
    Button saveAs =
        Icons.button(
            MaterialDesignC.CONTENT_SAVE_EDIT, "Save as", "Ctrl+Shift+S", document::saveAs);
    Button undo = Icons.button(MaterialDesignU.UNDO, "Undo", "Ctrl+Z", document::undo);
    undo.disableProperty().bind(document.history().canUndoProperty().not());
    Button redo = Icons.button(MaterialDesignR.REDO, "Redo", "Ctrl+Y", document::redo);
    redo.disableProperty().bind(document.history().canRedoProperty().not());
    Button rebalance =
        Icons.button(
            MaterialDesignS.SCALE_BALANCE, "Rebalance now", "F5", viewModel.proposal()::refresh);
    rebalance.setText("Rebalance");
    rebalance.setId("rebalance-button");
    Button export =
        Icons.button(MaterialDesignE.EXPORT, "Export orders", "Ctrl+E", actions.export());
    export.setText("Export");
    export.setId("export-orders-button");
    Button theme =
        Icons.button(
            MaterialDesignT.THEME_LIGHT_DARK,
            "Switch light / dark theme",
            "Ctrl+T",
            actions.switchTheme());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    ToolBar bar =
        new ToolBar(open, importCsv, save, saveAs, undo, redo, rebalance, export, gap, theme);
    bar.setId("tool-bar");
    return bar;
  }
}
