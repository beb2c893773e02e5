package dev.keel.archprobe.cli;

import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Breaks onlyRootReadsTheClock: GregorianCalendar.getInstance(), Calendar's factory named through
 * the subclass (the bytecode names GregorianCalendar), outside the composition root.
 */
public final class NowGregorianCalendarInstance {
  private NowGregorianCalendarInstance() {}

  static Calendar today() {
    return GregorianCalendar.getInstance();
  }
}
