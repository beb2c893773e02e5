package dev.keel.archprobe.model;

import java.time.InstantSource;

/**
 * Breaks onlyRootReadsTheClock: InstantSource.system() (Java 17), the system clock without a zone,
 * outside the composition root.
 */
public final class NowInstantSource {
  private NowInstantSource() {}

  static InstantSource source() {
    return InstantSource.system();
  }
}
