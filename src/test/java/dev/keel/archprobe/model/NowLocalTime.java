package dev.keel.archprobe.model;

import java.time.LocalTime;

/**
 * Breaks onlyRootReadsTheClock: LocalTime.now() (any other java.time type) outside the composition
 * root.
 */
public final class NowLocalTime {
  private NowLocalTime() {}

  static LocalTime time() {
    return LocalTime.now();
  }
}
