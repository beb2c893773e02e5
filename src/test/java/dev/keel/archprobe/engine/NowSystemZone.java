package dev.keel.archprobe.engine;

import java.time.Clock;
import java.time.ZoneOffset;

/** Breaks onlyRootReadsTheClock: Clock.system(zone) outside the composition root. */
public final class NowSystemZone {
  private NowSystemZone() {}

  static Clock clock() {
    return Clock.system(ZoneOffset.UTC);
  }
}
