package dev.keel.archprobe.io;

import java.time.ZonedDateTime;

/** Breaks onlyRootReadsTheClock: ZonedDateTime.now() outside the composition root. */
public final class NowZonedDateTime {
  private NowZonedDateTime() {}

  static ZonedDateTime stamp() {
    return ZonedDateTime.now();
  }
}
