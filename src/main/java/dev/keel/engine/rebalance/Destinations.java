package dev.keel.engine.rebalance;

import dev.keel.model.DriftBand;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a traded line is taken under the settings: to its target, just inside its band, or part of
 * the way. One rule for instruments, classes and the cash line.
 */
final class Destinations {
  /**
   * The share of the band a line may keep at most: "to the band edge" stops 5% of the band inside
   * it, so that fees and lot rounding do not leave the line just outside.
   */
  static final BigDecimal EDGE_SHARE = new BigDecimal("0.95");

  private final BigDecimal fraction;

  Destinations(RebalanceSettings settings) {
    this.fraction = settings.fraction();
  }

  /**
   * The weight a line at {@code current} is taken to: the target, or at most the settings' share of
   * its band away from it, on the side it is on now.
   */
  BigDecimal toward(BigDecimal current, BigDecimal target, DriftBand band) {
    BigDecimal drift = current.subtract(target);
    Optional<BigDecimal> limit = band.limitFor(target);
    BigDecimal allowed;
    if (fraction.signum() == 0) {
      allowed = BigDecimal.ZERO;
    } else if (limit.isEmpty()) {
      allowed = drift.abs();
    } else {
      allowed = limit.get().multiply(fraction.min(EDGE_SHARE));
    }
    BigDecimal move = drift.abs().min(allowed);
    return target.add(drift.signum() < 0 ? move.negate() : move);
  }
}
