package dev.keel.analytics.margin;

/**
 * A position that holds margin under one rule kind (leverage tiers, size-scaled futures rates, a
 * short option's rule, stock on margin): its initial and maintenance margin in the base currency,
 * today and after a common move {@code m} of every price that moves, and its liquidation price
 * where the kind has one.
 */
interface MarginedPosition {
  String symbol();

  /** What opening the position sets aside, in base. */
  double initialInBase();

  /** What the account must keep for the position after a move, in base. */
  double maintenanceInBase(double move);

  /**
   * The position's own unrealised profit in the margin balance, in base; 0 for a kind whose value
   * is counted elsewhere (a stock in the wallet, an option with the account's options).
   */
  default double unrealisedInBase() {
    return 0;
  }

  /** Whether the position's profit is counted as 0 for want of an entry price. */
  default boolean missingEntryPrice() {
    return false;
  }

  /**
   * The price at which the account is liquidated, every other position and the wallet held; {@code
   * null} when no price liquidates it, or for a kind that has no such price (options, stock: the
   * shock to liquidation covers them).
   *
   * @param balanceWithout the account's margin balance less this position's profit, in base
   * @param othersMaintenance the maintenance margin of everything else, in base
   */
  default Double crossLiquidationPrice(double balanceWithout, double othersMaintenance) {
    return null;
  }

  /** The position's figures, with the liquidation price worked out for it. */
  PositionMarginFigures figures(String account, Double liquidationPrice);
}
