package dev.keel.archprobe.cli;

import java.util.Date;

/** Breaks onlyRootReadsTheClock: new Date() outside the composition root. */
public final class NowNewDate {
  private NowNewDate() {}

  static Date today() {
    return new Date();
  }
}
