package dev.keel.archprobe.analytics.stress;

import java.time.chrono.ChronoLocalDate;
import java.time.chrono.IsoChronology;

/**
 * Breaks onlyRootReadsTheClock: a chronology's dateNow(), today's date by another name, outside the
 * composition root.
 */
public final class NowChronologyDate {
  private NowChronologyDate() {}

  static ChronoLocalDate today() {
    return IsoChronology.INSTANCE.dateNow();
  }
}
