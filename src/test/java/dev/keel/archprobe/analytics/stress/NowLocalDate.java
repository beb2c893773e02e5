package dev.keel.archprobe.analytics.stress;

import java.time.LocalDate;

/** Breaks onlyRootReadsTheClock: LocalDate.now() outside the composition root. */
public final class NowLocalDate {
  private NowLocalDate() {}

  static LocalDate today() {
    return LocalDate.now();
  }
}
