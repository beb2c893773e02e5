package dev.keel.analytics.pricing;

/**
 * An American option by a Cox-Ross-Rubinstein binomial tree: the second, independent method against
 * which the Bjerksund-Stensland approximation is checked. The average of n and n + 1 steps cancels
 * most of the tree's odd-even oscillation.
 */
final class BinomialTree {
  private BinomialTree() {}

  static double american(
      boolean call, double s, double k, double t, double r, double b, double vol, int steps) {
    return 0.5
        * (value(call, s, k, t, r, b, vol, steps) + value(call, s, k, t, r, b, vol, steps + 1));
  }

  private static double value(
      boolean call, double s, double k, double t, double r, double b, double vol, int n) {
    double dt = t / n;
    double up = Math.exp(vol * Math.sqrt(dt));
    double down = 1 / up;
    double p = (Math.exp(b * dt) - down) / (up - down);
    double discount = Math.exp(-r * dt);
    double sign = call ? 1 : -1;
    double[] values = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      values[i] = Math.max(sign * (s * Math.pow(up, n - 2.0 * i) - k), 0);
    }
    for (int j = n - 1; j >= 0; j--) {
      for (int i = 0; i <= j; i++) {
        double continuation = discount * (p * values[i] + (1 - p) * values[i + 1]);
        double exercise = sign * (s * Math.pow(up, j - 2.0 * i) - k);
        values[i] = Math.max(continuation, exercise);
      }
    }
    return values[0];
  }
}
