package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A tolerance around a target weight.
 *
 * <p>The absolute limit is in fractions of the whole portfolio (0.05 is five percentage points);
 * the relative limit is a fraction of the target weight (0.25 is a quarter of the target). A band
 * is breached when the drift exceeds either limit that is set, so the tighter one rules: the
 * classic 5/25 rule is {@code absolute 0.05, relative 0.25}. A band with neither limit never
 * breaches.
 *
 * @param absolute limit in fractions of the portfolio, or {@code null} when not set
 * @param relative limit as a fraction of the target, or {@code null} when not set
 */
public record DriftBand(BigDecimal absolute, BigDecimal relative) {

  /** The classic 5/25 rule: five percentage points or a quarter of the target. */
  public static final DriftBand FIVE_TWENTY_FIVE =
      new DriftBand(new BigDecimal("0.05"), new BigDecimal("0.25"));

  /** A band that never breaches. */
  public static final DriftBand UNLIMITED = new DriftBand(null, null);

  public DriftBand {
    if (absolute != null) {
      Checks.fraction(absolute, "absolute band");
    }
    if (relative != null) {
      Checks.fraction(relative, "relative band");
    }
  }

  /**
   * The largest drift, in fractions of the portfolio, that stays inside the band for the given
   * target weight; empty when the band sets no limit.
   */
  public Optional<BigDecimal> limitFor(BigDecimal targetWeight) {
    BigDecimal limit = absolute;
    if (relative != null) {
      BigDecimal relativeLimit = relative.multiply(targetWeight);
      limit = limit == null ? relativeLimit : limit.min(relativeLimit);
    }
    return Optional.ofNullable(limit);
  }

  /** Whether a drift (current minus target weight) breaches the band around the target. */
  public boolean isBreachedBy(BigDecimal drift, BigDecimal targetWeight) {
    return limitFor(targetWeight).map(limit -> drift.abs().compareTo(limit) > 0).orElse(false);
  }
}
