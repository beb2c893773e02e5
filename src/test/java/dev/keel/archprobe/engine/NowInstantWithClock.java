package dev.keel.archprobe.engine;

import java.time.Clock;
import java.time.Instant;

/**
 * Breaks onlyRootReadsTheClock: Instant.now(clock) (as RebalanceCommand did) outside the
 * composition root.
 */
public final class NowInstantWithClock {
  private NowInstantWithClock() {}

  static Instant asOf(Clock clock) {
    return Instant.now(clock);
  }
}
