package dev.keel.archprobe.analytics.stress;

import java.io.FileReader;
import java.io.IOException;

/** Breaks analyticsUses: a stress scenario reads its own file. */
public final class StressReadsFiles {
  private StressReadsFiles() {}

  static int firstChar(String file) throws IOException {
    try (FileReader reader = new FileReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return reader.read();
    }
  }
}
