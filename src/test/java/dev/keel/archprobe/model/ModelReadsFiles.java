package dev.keel.archprobe.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks modelUses: the model reads a file. */
public final class ModelReadsFiles {
  private ModelReadsFiles() {}

  static String read(Path path) throws IOException {
    return Files.readString(path);
  }
}
