package dev.keel.analytics.pricing;

import java.util.function.DoubleUnaryOperator;

/** Central finite differences, the second independent method for every Greek. */
final class FiniteDifference {
  private FiniteDifference() {}

  /** f'(x) by (f(x + h) - f(x - h)) / 2h: error of order h^2 f''' / 6. */
  static double first(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }

  /** f''(x) by (f(x + h) - 2 f(x) + f(x - h)) / h^2: error of order h^2 f'''' / 12. */
  static double second(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - 2 * f.applyAsDouble(x) + f.applyAsDouble(x - h)) / (h * h);
  }
}
