package dev.keel.archprobe.ui;

/**
 * Breaks onlyRootReadsTheClock: System.currentTimeMillis() (as StartupProbe did) outside the
 * composition root.
 */
public final class NowCurrentTimeMillis {
  private NowCurrentTimeMillis() {}

  static long millis() {
    return System.currentTimeMillis();
  }
}
