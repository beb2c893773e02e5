package dev.keel.model.margin;

import java.util.Locale;

/** How an account is margined. */
public enum MarginMode {
  /** No leverage: trades are paid from cash, as an account without margin settings is. */
  CASH,
  /** One margin balance for every position: a loss on one eats the collateral of all. */
  CROSS,
  /** Each position has its own margin ({@code isolatedMargin}) and is liquidated on it alone. */
  ISOLATED,
  /** Margin from a grid of scenarios over the whole account (worked out with stress, later). */
  PORTFOLIO,
  /**
   * A lending protocol's account (Aave-style): coins supplied as collateral, each counted at its
   * liquidation threshold, against what is borrowed; liquidated when the health factor is below 1.
   */
  LENDING;

  /**
   * The spelling in files: {@code cash}, {@code cross}, {@code isolated}, {@code portfolio}, {@code
   * lending}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode with the given {@link #label()}, or {@code null} when there is none. */
  public static MarginMode fromLabel(String label) {
    for (MarginMode mode : values()) {
      if (mode.label().equals(label)) {
        return mode;
      }
    }
    return null;
  }
}
