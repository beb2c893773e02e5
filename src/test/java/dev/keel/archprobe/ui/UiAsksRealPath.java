package dev.keel.archprobe.ui;

import java.io.IOException;
import java.nio.file.Path;

/** Breaks uiTouchesFilesOnlyThroughIo: the window resolves links on the disk. */
public final class UiAsksRealPath {
  private UiAsksRealPath() {}

  static Path real(Path path) throws IOException {
    return path.toRealPath();
  }
}
