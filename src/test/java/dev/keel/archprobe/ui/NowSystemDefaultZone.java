package dev.keel.archprobe.ui;

import java.time.Clock;

/** Breaks onlyRootReadsTheClock: Clock.systemDefaultZone() outside the composition root. */
public final class NowSystemDefaultZone {
  private NowSystemDefaultZone() {}

  static Clock clock() {
    return Clock.systemDefaultZone();
  }
}
