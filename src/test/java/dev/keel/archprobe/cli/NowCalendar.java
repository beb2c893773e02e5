package dev.keel.archprobe.cli;

import java.util.Calendar;

/** Breaks onlyRootReadsTheClock: Calendar.getInstance() outside the composition root. */
public final class NowCalendar {
  private NowCalendar() {}

  static Calendar today() {
    return Calendar.getInstance();
  }
}
