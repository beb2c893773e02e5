package dev.keel.archprobe.ui;

import java.io.File;

/**
 * Breaks uiTouchesFilesOnlyThroughIo: the window asks a chosen File whether it exists (as
 * ExportDialog did).
 */
public final class UiAsksFileExists {
  private UiAsksFileExists() {}

  static boolean replaces(File chosen) {
    return chosen.exists();
  }
}
