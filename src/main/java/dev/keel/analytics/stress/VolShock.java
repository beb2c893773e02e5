package dev.keel.analytics.stress;

import dev.keel.model.stress.StressGroup;

/**
 * What a scenario does to the volatility an option is valued with. Every shocked volatility is kept
 * at or above {@link #FLOOR}, so a large fall of vol leaves an option still priced.
 */
public sealed interface VolShock {
  /** The lowest volatility a shock leaves: 0.1 %. */
  double FLOOR = 0.001;

  /** Volatility unchanged. */
  VolShock NONE = new Points(0);

  /**
   * The shocked volatility.
   *
   * @param vol the option's volatility today, a fraction
   * @param daysToExpiry calendar days from today to its expiry
   * @param group the group its underlying is in
   */
  double apply(double vol, double daysToExpiry, StressGroup group);

  /** How it reads in a report: {@code +20 pts}, {@code +25 %}, {@code up}. */
  String describe();

  /** Vol moved by a number of volatility points: {@code +20} takes 0.60 to 0.80. */
  record Points(double points) implements VolShock {
    @Override
    public double apply(double vol, double daysToExpiry, StressGroup group) {
      return Math.max(FLOOR, vol + points / 100);
    }

    @Override
    public String describe() {
      return points == 0 ? "same" : Signed.of(points) + " pts";
    }
  }

  /** Vol times 1 + change: {@code +0.25} takes 0.60 to 0.75. */
  record Relative(double change) implements VolShock {
    @Override
    public double apply(double vol, double daysToExpiry, StressGroup group) {
      return Math.max(FLOOR, vol * (1 + change));
    }

    @Override
    public String describe() {
      return Signed.percent(change);
    }
  }

  /**
   * Vol moved by its group's volatility scan range, up ({@code +1}) or down ({@code -1}): the
   * SPAN-like set's vol legs.
   */
  record ScanRange(int sign) implements VolShock {
    @Override
    public double apply(double vol, double daysToExpiry, StressGroup group) {
      return Math.max(FLOOR, vol * (1 + sign * group.volScanRange().doubleValue()));
    }

    @Override
    public String describe() {
      return sign > 0 ? "up one range" : "down one range";
    }
  }

  /**
   * Deribit's portfolio-margin vol legs, stronger for short expiries: up to max(vol x (1 + 0.5 x
   * (30 / DTE)^p), 0.5), down to vol x (1 - 0.25 x (30 / DTE)^p), with p = 0.3 under 30 days and
   * 0.13 from 30 days, DTE at least 1 (docs/stress.md gives the source).
   */
  record TermScaled(boolean up) implements VolShock {
    static final double UP = 0.5;
    static final double DOWN = 0.25;
    static final double LOWEST_AFTER_UP = 0.5;

    @Override
    public double apply(double vol, double daysToExpiry, StressGroup group) {
      double days = Math.max(1, daysToExpiry);
      double power = days < 30 ? 0.3 : 0.13;
      double scale = Math.pow(30 / days, power);
      return up
          ? Math.max(vol * (1 + UP * scale), LOWEST_AFTER_UP)
          : Math.max(FLOOR, vol * (1 - DOWN * scale));
    }

    @Override
    public String describe() {
      return up ? "up (by expiry)" : "down (by expiry)";
    }
  }
}
