package dev.keel.archprobe.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks uiTouchesFilesOnlyThroughIo: the window asks Files (as WorkstationViewModel did). */
public final class UiFilesIsRegularFile {
  private UiFilesIsRegularFile() {}

  static boolean present(Path path) {
    return Files.isRegularFile(path);
  }
}
