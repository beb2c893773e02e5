package dev.keel.archprobe.cli;

import java.time.Clock;

/**
 * Breaks onlyRootReadsTheClock: Clock.systemUTC() (as KeelCli and KeelApp did) outside the
 * composition root.
 */
public final class NowSystemUtc {
  private NowSystemUtc() {}

  static Clock clock() {
    return Clock.systemUTC();
  }
}
