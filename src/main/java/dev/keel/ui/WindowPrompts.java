package dev.keel.ui;

import dev.keel.ui.document.DocumentViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The document's questions asked in dialogs over the window. */
final class WindowPrompts implements DocumentViewModel.Prompts {
  private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  private static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

  private final Supplier<Window> owner;

  WindowPrompts(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public DocumentViewModel.UnsavedChoice unsavedChanges(String documentName) {
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Your edits to " + documentName + " are not saved. Save them first?",
            SAVE,
            DISCARD,
            ButtonType.CANCEL);
    alert.initOwner(owner.get());
    alert.setTitle("Unsaved changes");
    alert.setHeaderText("Save changes to " + documentName + "?");
    alert.getDialogPane().setId("unsaved-dialog");
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == SAVE) {
      return DocumentViewModel.UnsavedChoice.SAVE;
    }
    return answer == DISCARD
        ? DocumentViewModel.UnsavedChoice.DISCARD
        : DocumentViewModel.UnsavedChoice.CANCEL;
  }

  @Override
  public Optional<Path> chooseSaveFile(String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save portfolio");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Keel portfolio (*.json)", "*.json"));
    chooser.setInitialFileName(
        suggestedName.endsWith(".json") ? suggestedName : suggestedName + ".json");
    File chosen = chooser.showSaveDialog(owner.get());
    return Optional.ofNullable(chosen).map(File::toPath);
  }
}
