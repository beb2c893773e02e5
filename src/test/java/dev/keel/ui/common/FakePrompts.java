package dev.keel.ui.common;

import dev.keel.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the document's questions as a test says, and records what was asked. */
public final class FakePrompts implements DocumentViewModel.Prompts {
  public DocumentViewModel.UnsavedChoice answer = DocumentViewModel.UnsavedChoice.CANCEL;
  public Path saveFile;
  public final List<String> asked = new ArrayList<>();

  @Override
  public DocumentViewModel.UnsavedChoice unsavedChanges(String documentName) {
    asked.add("unsaved " + documentName);
    return answer;
  }

  @Override
  public Optional<Path> chooseSaveFile(String suggestedName) {
    asked.add("save as " + suggestedName);
    return Optional.ofNullable(saveFile);
  }
}
