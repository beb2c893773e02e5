package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;

/**
 * What the derivatives list says of a contract near its expiry: a warning for one that expires
 * within the days the trader chose (a week unless changed), counted from the book's as-of date.
 */
final class ExpiryNote {
  /** The days within which an expiry is warned of, unless the trader chooses otherwise. */
  static final int DEFAULT_DAYS = 7;

  private ExpiryNote() {}

  /** The warning for a line, or empty when it has none (a perpetual, a later expiry). */
  static String of(DerivativeLine line, int withinDays) {
    if (!line.expiresWithin(withinDays)) {
      return "";
    }
    long days = line.daysToExpiry();
    if (days < 0) {
      return "expired " + plural(-days) + " ago: roll or close it";
    }
    if (days == 0) {
      return "expires today: roll or close it";
    }
    return "expires in " + plural(days) + ": roll or close it";
  }

  private static String plural(long days) {
    return days + (days == 1 ? " day" : " days");
  }
}
