package dev.keel.archprobe.io;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Breaks logsThroughSlf4j and ioUses: io calls Logback instead of the SLF4J API. */
public final class IoLogsThroughLogback {
  private IoLogsThroughLogback() {}

  static void quiet() {
    ((Logger) LoggerFactory.getLogger("io")).setLevel(Level.OFF);
  }
}
