package dev.keel.archprobe.ui;

import java.io.FileOutputStream;
import java.io.IOException;

/** Breaks uiTouchesFilesOnlyThroughIo: the window writes a file stream. */
public final class UiWritesFileStream {
  private UiWritesFileStream() {}

  static void touch(String file) throws IOException {
    new FileOutputStream(file, true).close();
  }
}
