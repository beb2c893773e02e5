package dev.keel.archprobe.io;

import java.util.logging.Logger;

/** Breaks logsThroughSlf4j: io logs through java.util.logging. */
public final class IoLogsThroughJul {
  private IoLogsThroughJul() {}

  static void log() {
    Logger.getLogger("io").info("x");
  }
}
