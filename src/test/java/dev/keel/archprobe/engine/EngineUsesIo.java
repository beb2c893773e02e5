package dev.keel.archprobe.engine;

import dev.keel.archprobe.io.BookFormat;

/** Breaks engineUses and layers (and closes a cycle with io): the engine reaches up to io. */
public final class EngineUsesIo {
  private EngineUsesIo() {}

  static String extension() {
    return BookFormat.extension();
  }
}
