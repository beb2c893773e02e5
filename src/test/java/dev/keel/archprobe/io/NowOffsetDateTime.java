package dev.keel.archprobe.io;

import java.time.OffsetDateTime;

/** Breaks onlyRootReadsTheClock: OffsetDateTime.now() outside the composition root. */
public final class NowOffsetDateTime {
  private NowOffsetDateTime() {}

  static OffsetDateTime stamp() {
    return OffsetDateTime.now();
  }
}
