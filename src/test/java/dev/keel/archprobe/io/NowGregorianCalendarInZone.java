package dev.keel.archprobe.io;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Breaks onlyRootReadsTheClock: new GregorianCalendar(zone), the current time in a zone, outside
 * the composition root.
 */
public final class NowGregorianCalendarInZone {
  private NowGregorianCalendarInZone() {}

  static Calendar today() {
    return new GregorianCalendar(TimeZone.getTimeZone("UTC"));
  }
}
