package dev.keel.archprobe.engine;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Breaks onlyRootReadsTheClock: Instant::now passed as a method reference outside the composition
 * root.
 */
public final class NowMethodReference {
  private NowMethodReference() {}

  static Supplier<Instant> asOf() {
    return Instant::now;
  }
}
