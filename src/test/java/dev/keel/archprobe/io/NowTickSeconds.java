package dev.keel.archprobe.io;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Breaks onlyRootReadsTheClock: Clock.tickSeconds(zone), a system clock by another name outside the
 * composition root.
 */
public final class NowTickSeconds {
  private NowTickSeconds() {}

  static Clock clock() {
    return Clock.tickSeconds(ZoneOffset.UTC);
  }
}
