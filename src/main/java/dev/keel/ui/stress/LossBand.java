package dev.keel.ui.stress;

/**
 * How hard a scenario hits an account, as its P&amp;L against the account's equity before the
 * scenario: what the heat table shades a cell by. The cell always shows its figures too.
 */
public enum LossBand {
  /** A loss of half the equity or more (or any loss of an account without equity). */
  SEVERE,
  /** A loss of a fifth of the equity or more. */
  HEAVY,
  /** A loss of a twentieth of the equity or more. */
  MODERATE,
  /** Within a twentieth of the equity either way. */
  FLAT,
  /** A gain of a twentieth of the equity or more. */
  GAIN;

  /** The share of equity lost from which a loss is {@link #SEVERE}. */
  static final double SEVERE_LOSS = 0.50;

  /** The share of equity lost from which a loss is {@link #HEAVY}. */
  static final double HEAVY_LOSS = 0.20;

  /** The share of equity lost (or gained) from which a move is more than {@link #FLAT}. */
  static final double MODERATE_MOVE = 0.05;

  /** The band of {@code pnl} for an account whose equity before the scenario is {@code equity}. */
  public static LossBand of(double pnl, double equity) {
    if (!(equity > 0)) {
      return pnl < 0 ? SEVERE : pnl > 0 ? GAIN : FLAT;
    }
    double share = pnl / equity;
    if (share <= -SEVERE_LOSS) {
      return SEVERE;
    }
    if (share <= -HEAVY_LOSS) {
      return HEAVY;
    }
    if (share <= -MODERATE_MOVE) {
      return MODERATE;
    }
    return share >= MODERATE_MOVE ? GAIN : FLAT;
  }
}
