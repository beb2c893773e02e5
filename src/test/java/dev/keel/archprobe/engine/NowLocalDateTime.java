package dev.keel.archprobe.engine;

import java.time.LocalDateTime;

/** Breaks onlyRootReadsTheClock: LocalDateTime.now() outside the composition root. */
public final class NowLocalDateTime {
  private NowLocalDateTime() {}

  static LocalDateTime stamp() {
    return LocalDateTime.now();
  }
}
