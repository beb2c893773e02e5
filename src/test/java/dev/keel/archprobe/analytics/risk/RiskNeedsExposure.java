package dev.keel.archprobe.analytics.risk;

import dev.keel.archprobe.analytics.exposure.ExposureNeedsRisk;

/** Breaks packagesFreeOfCycles (with ExposureNeedsRisk): two analytics packages need each other. */
public final class RiskNeedsExposure {
  private RiskNeedsExposure() {}

  public static double limit() {
    return 1.0;
  }

  public static double used(double net) {
    return ExposureNeedsRisk.gross(net) / limit();
  }
}
