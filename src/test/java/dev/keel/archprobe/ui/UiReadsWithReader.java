package dev.keel.archprobe.ui;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Breaks uiTouchesFilesOnlyThroughIo: the window reads a file with a reader. */
public final class UiReadsWithReader {
  private UiReadsWithReader() {}

  static String firstLine(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new FileReader(file, StandardCharsets.UTF_8))) {
      return reader.readLine();
    }
  }
}
