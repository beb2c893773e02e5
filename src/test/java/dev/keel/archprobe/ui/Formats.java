package dev.keel.archprobe.ui;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Legal: a ui helper that needs nothing but the JDK; a calendar built from its fields reads no
 * clock.
 */
public final class Formats {
  private Formats() {}

  public static String percent(BigDecimal weight) {
    return weight.movePointRight(2).toPlainString() + " %";
  }

  public static Calendar firstOfYear(int year) {
    return new GregorianCalendar(year, Calendar.JANUARY, 1);
  }
}
