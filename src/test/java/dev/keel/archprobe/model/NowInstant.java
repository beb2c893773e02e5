package dev.keel.archprobe.model;

import java.time.Instant;

/** Breaks onlyRootReadsTheClock: Instant.now() outside the composition root. */
public final class NowInstant {
  private NowInstant() {}

  static Instant asOf() {
    return Instant.now();
  }
}
