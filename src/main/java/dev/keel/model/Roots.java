package dev.keel.model;

import java.util.Map;

/**
 * The underlying a position's exposure counts under: a coin, a stock or an index, past any future
 * or perpetual in between (an option on BTC-25DEC26 counts under BTC, with the future itself); a
 * spot instrument is its own. One rule for the exposure, the checks of the file and the hedges.
 */
public final class Roots {
  /** Deeper chains than this are taken to loop (an option on a future on a perpetual is three). */
  private static final int MOST_LINKS = 8;

  private Roots() {}

  /**
   * The root of an instrument among the book's instruments by symbol; an underlying that is not an
   * instrument (an index such as SPX) is the root.
   */
  public static String of(Instrument instrument, Map<String, Instrument> instruments) {
    Instrument current = instrument;
    for (int link = 0; link < MOST_LINKS && current.terms() != null; link++) {
      Instrument next = instruments.get(current.terms().underlying());
      if (next == null) {
        return current.terms().underlying();
      }
      current = next;
    }
    return current.symbol();
  }
}
