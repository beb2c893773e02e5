package dev.keel.archprobe.engine;

import dev.keel.archprobe.io.CycleIoSide;

/**
 * Breaks layersFreeOfCycles and packagesFreeOfCycles (with io.CycleIoSide), layers and engineUses:
 * engine and io need each other.
 */
public final class CycleEngineSide {
  private CycleEngineSide() {}

  public static int depth() {
    return CycleIoSide.width() + 1;
  }
}
