package dev.keel.archprobe.analytics.exposure;

import dev.keel.archprobe.analytics.risk.RiskNeedsExposure;

/** Breaks packagesFreeOfCycles (with RiskNeedsExposure): two analytics packages need each other. */
public final class ExposureNeedsRisk {
  private ExposureNeedsRisk() {}

  public static double gross(double net) {
    return RiskNeedsExposure.limit() + Math.abs(net);
  }
}
