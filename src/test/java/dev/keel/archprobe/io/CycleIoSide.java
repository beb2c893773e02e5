package dev.keel.archprobe.io;

import dev.keel.archprobe.engine.CycleEngineSide;

/**
 * Breaks layersFreeOfCycles and packagesFreeOfCycles (with engine.CycleEngineSide): io's half of
 * the cycle.
 */
public final class CycleIoSide {
  private CycleIoSide() {}

  public static int width() {
    return 2;
  }

  public static int area() {
    return CycleEngineSide.depth() * width();
  }
}
