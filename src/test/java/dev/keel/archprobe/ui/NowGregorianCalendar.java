package dev.keel.archprobe.ui;

import java.util.Calendar;
import java.util.GregorianCalendar;

/** Breaks onlyRootReadsTheClock: new GregorianCalendar() outside the composition root. */
public final class NowGregorianCalendar {
  private NowGregorianCalendar() {}

  static Calendar today() {
    return new GregorianCalendar();
  }
}
