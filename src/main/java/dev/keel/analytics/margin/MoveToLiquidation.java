package dev.keel.analytics.margin;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The common move nearest to 0 at which an account's margin (its margin balance less maintenance
 * margin, a continuous function of the move, as the tiers' amounts keep the maintenance margin
 * continuous) reaches 0: scanned down to -99 % in steps of 1 % and up to +500 % in steps of 2 %,
 * the first change of sign either way refined by commons-math's Brent solver.
 */
final class MoveToLiquidation {
  static final double LOWEST = -0.99;
  static final double HIGHEST = 5.0;
  private static final double STEP_DOWN = 0.01;
  private static final double STEP_UP = 0.02;
  private static final double ACCURACY = 1e-12;

  private MoveToLiquidation() {}

  /** The nearest move at which {@code margin} reaches 0; 0 when it is not above 0 already. */
  static Double nearest(DoubleUnaryOperator margin) {
    if (!(margin.applyAsDouble(0) > 0)) {
      return 0.0;
    }
    Double down = first(margin, -STEP_DOWN, LOWEST);
    Double up = first(margin, STEP_UP, HIGHEST);
    if (down == null) {
      return up;
    }
    return up == null || -down <= up ? down : up;
  }

  /** The first root from 0 toward {@code end} in steps of {@code step}, or {@code null}. */
  private static Double first(DoubleUnaryOperator margin, double step, double end) {
    double from = 0;
    int steps = (int) Math.round(end / step);
    for (int i = 1; i <= steps; i++) {
      double to = i == steps ? end : i * step;
      double left = margin.applyAsDouble(to);
      if (Double.isNaN(left)) {
        continue; // a point the revaluation cannot value: the next one decides
      }
      if (!(left > 0)) {
        double low = Math.min(from, to);
        double high = Math.max(from, to);
        return new BrentSolver(ACCURACY).solve(100, margin::applyAsDouble, low, high);
      }
      from = to;
    }
    return null;
  }
}
