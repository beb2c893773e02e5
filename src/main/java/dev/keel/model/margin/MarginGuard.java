package dev.keel.model.margin;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;

/**
 * The limits no proposal may take a margin account past (docs/margin.md, "The guard"): each is
 * optional, {@code null} when not set. A cash account has none of these figures and is never
 * guarded.
 *
 * @param maxMarginRatio the highest margin ratio an account may end with, in (0, 1): 0.5 keeps
 *     maintenance margin at most half the margin balance
 * @param minShockToLiquidation the common adverse move an account must survive, in (0, 1): 0.3
 *     means no move of every underlying by less than 30 % either way may liquidate it
 * @param maxLeverage the highest leverage (gross notional over margin balance), above 0
 * @param minHealthFactor the lowest health factor of a lending account, above 1 is sensible
 */
public record MarginGuard(
    BigDecimal maxMarginRatio,
    BigDecimal minShockToLiquidation,
    BigDecimal maxLeverage,
    BigDecimal minHealthFactor) {

  /** No limits: proposals are not guarded. */
  public static final MarginGuard NONE = new MarginGuard(null, null, null, null);

  public MarginGuard {
    if (maxMarginRatio != null) {
      fraction(maxMarginRatio, "maxMarginRatio");
    }
    if (minShockToLiquidation != null) {
      fraction(minShockToLiquidation, "minShockToLiquidation");
    }
    if (maxLeverage != null) {
      Checks.positive(maxLeverage, "maxLeverage");
    }
    if (minHealthFactor != null) {
      Checks.positive(minHealthFactor, "minHealthFactor");
    }
  }

  private static void fraction(BigDecimal value, String what) {
    Checks.positive(value, what);
    if (value.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(what + " must be below 1: " + value.toPlainString());
    }
  }

  /** Whether any limit is set. */
  public boolean isSet() {
    return maxMarginRatio != null
        || minShockToLiquidation != null
        || maxLeverage != null
        || minHealthFactor != null;
  }

  /** These limits with each one {@code other} sets put in its place (the command line's). */
  public MarginGuard overriddenBy(MarginGuard other) {
    return new MarginGuard(
        other.maxMarginRatio != null ? other.maxMarginRatio : maxMarginRatio,
        other.minShockToLiquidation != null ? other.minShockToLiquidation : minShockToLiquidation,
        other.maxLeverage != null ? other.maxLeverage : maxLeverage,
        other.minHealthFactor != null ? other.minHealthFactor : minHealthFactor);
  }
}
