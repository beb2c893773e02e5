package dev.keel.ui;

import dev.keel.ui.common.Icons;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.workspace.ViewId;
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
 * or to what the window does itself (file choosers, the export dialog, the theme, quitting). Every
 * menu and menu item has an Alt mnemonic, unique within its menu (the listed files are numbered),
 * and every command with a shortcut shows it.
 */
final class WindowMenus {
  /** What the window does itself when a menu item or button asks. */
  record Actions(
      Runnable chooseFile,
      Runnable chooseCsv,
      Runnable export,
      Runnable switchTheme,
      Runnable quit) {}

  /** The shortcut of Export orders…, in the File and Rebalance menus. */
  private static final String EXPORT = "Shortcut+E";

  private final WorkstationViewModel viewModel;
  private final DocumentViewModel document;
  private final Actions actions;

  WindowMenus(WorkstationViewModel viewModel, Actions actions) {
    this.viewModel = viewModel;
    this.document = viewModel.document();
    this.actions = actions;
  }

  MenuBar menuBar() {
    MenuItem open = item("_Open…", "Shortcut+O", actions.chooseFile());
    Menu recent = new Menu("Open _recent");
    recent.setId("recent-menu");
    Runnable fillRecent =
        () -> {
          recent.getItems().clear();
          for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(numbered(recent.getItems().size() + 1, file.toString()));
            item.setOnAction(event -> viewModel.openRecent(file));
            recent.getItems().add(item);
          }
          recent.setDisable(recent.getItems().isEmpty());
        };
    viewModel.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent.run());
    fillRecent.run();
    Menu samples = new Menu("Open sa_mple");
    for (String sample : MainWindow.SAMPLES) {
      MenuItem item = new MenuItem(numbered(samples.getItems().size() + 1, sample));
      item.setOnAction(event -> document.openSample(sample));
      samples.getItems().add(item);
    }
    MenuItem importCsv = item("_Import holdings CSV…", "Shortcut+I", actions.chooseCsv());
    MenuItem save = item("_Save", "Shortcut+S", document::save);
    MenuItem saveAs = item("Save _as…", "Shortcut+Shift+S", document::saveAs);
    MenuItem export = item("_Export orders…", EXPORT, actions.export());
    MenuItem quit = item("_Quit", "Shortcut+Q", actions.quit());
    Menu file =
        new Menu(
            "_File",
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
    undo.textProperty().bind(document.history().undoTextProperty().map(WindowMenus::firstLetter));
    undo.disableProperty().bind(document.history().canUndoProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Y", document::redo);
    redo.textProperty().bind(document.history().redoTextProperty().map(WindowMenus::firstLetter));
    redo.disableProperty().bind(document.history().canRedoProperty().not());
    Menu edit = new Menu("_Edit", null, undo, redo);

    MenuItem rebalance = item("Rebalance _now", "F5", viewModel.proposal()::refresh);
    MenuItem approveAll =
        item("_Approve all trades", "Shortcut+Shift+A", viewModel.proposal()::approveAll);
    MenuItem rejectAll =
        item("Re_ject all trades", "Shortcut+Shift+R", viewModel.proposal()::rejectAll);
    Menu trade =
        new Menu(
            "_Rebalance",
            null,
            rebalance,
            approveAll,
            rejectAll,
            new SeparatorMenuItem(),
            item("_Export orders…", EXPORT, actions.export()));

    MenuItem theme = item("_Switch light / dark theme", "Shortcut+T", actions.switchTheme());
    Menu view = new Menu("_View");
    int place = 1;
    for (ViewId shown : ViewId.values()) {
      view.getItems()
          .add(
              item(
                  shown.menuText(),
                  "Shortcut+" + place++,
                  () -> viewModel.workspace().bringForward(shown)));
    }
    view.getItems()
        .addAll(
            new SeparatorMenuItem(),
            item("Reset the _layout", "Shortcut+Shift+L", viewModel.workspace()::reset),
            theme);

    MenuBar bar = new MenuBar(file, edit, trade, view);
    bar.setId("menu-bar");
    return bar;
  }

  /** A menu item whose text marks its mnemonic with {@code _}, with its shortcut. */
  private static MenuItem item(String text, String shortcut, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setAccelerator(KeyCombination.keyCombination(shortcut));
    item.setOnAction(event -> action.run());
    return item;
  }

  /**
   * A listed name (a file, a sample) after its place in the list, the place's last digit its
   * mnemonic ("_1 a.json", ..., "1_0 j.json"); an underscore of the name is shown as it is.
   */
  static String numbered(int place, String name) {
    String digits = Integer.toString(place);
    int last = digits.length() - 1;
    return digits.substring(0, last) + "_" + digits.substring(last) + " " + literal(name);
  }

  /** A text from elsewhere with its first letter as the mnemonic ("Undo …" is Alt+U). */
  private static String firstLetter(String text) {
    return "_" + literal(text);
  }

  /** A text shown as it is: a doubled underscore is one underscore, never a mnemonic. */
  private static String literal(String text) {
    return text.replace("_", "__");
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
