package dev.keel.model.margin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a venue margins one account: its mode, the assets whose value counts as collateral, the share
 * of each asset's value it counts (Binance's multi-assets mode counts BTC at 0.95, SOL at 0.90,
 * USDC at 0.9999), the venue's rules, and for a lending account each asset's liquidation threshold.
 *
 * @param mode how the account is margined
 * @param collateral the currencies and coins that count as collateral; empty for every cash balance
 *     and spot holding of the account
 * @param haircuts the share of its value each asset counts for, in (0, 1]; an asset not named
 *     counts in full
 * @param rules the venue's rules beyond the instruments' own tiers, {@link MarginRules#NONE} for
 *     none; none for a cash or lending account
 * @param liquidationThresholds a lending account's share of each collateral asset's value that
 *     counts toward its health factor, in (0, 1]; an asset not named is no collateral. Given for a
 *     lending account, and only for one
 */
public record AccountMargin(
    MarginMode mode,
    List<String> collateral,
    Map<String, BigDecimal> haircuts,
    MarginRules rules,
    Map<String, BigDecimal> liquidationThresholds) {

  /** A cash account: no leverage, every balance counts in full. */
  public static final AccountMargin CASH = new AccountMargin(MarginMode.CASH, List.of(), Map.of());

  public AccountMargin {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rules, "rules");
    collateral = List.copyOf(collateral);
    haircuts = Map.copyOf(haircuts);
    liquidationThresholds = Map.copyOf(liquidationThresholds);
    haircuts.forEach((asset, haircut) -> Rates.atMostOne(haircut, "haircut of " + asset));
    liquidationThresholds.forEach(
        (asset, threshold) -> Rates.atMostOne(threshold, "liquidation threshold of " + asset));
    boolean lending = mode == MarginMode.LENDING;
    if (lending == liquidationThresholds.isEmpty()) {
      throw new IllegalArgumentException(
          "liquidation thresholds are given for a lending account, and only for one");
    }
    if ((lending || mode == MarginMode.CASH) && !rules.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + mode.label() + " account follows no venue rules: " + rules);
    }
    if (lending && (!collateral.isEmpty() || !haircuts.isEmpty())) {
      throw new IllegalArgumentException(
          "a lending account's liquidation thresholds name its collateral: no collateral or"
              + " haircuts");
    }
    if (mode == MarginMode.ISOLATED && !rules.tiersOnly()) {
      throw new IllegalArgumentException("an isolated account follows leverage tiers only");
    }
  }

  /** Margin settings without venue rules or liquidation thresholds. */
  public AccountMargin(MarginMode mode, List<String> collateral, Map<String, BigDecimal> haircuts) {
    this(mode, collateral, haircuts, MarginRules.NONE, Map.of());
  }

  /** A lending account whose collateral counts at the given liquidation thresholds. */
  public static AccountMargin lending(Map<String, BigDecimal> liquidationThresholds) {
    return new AccountMargin(
        MarginMode.LENDING, List.of(), Map.of(), MarginRules.NONE, liquidationThresholds);
  }

  /** A copy that follows the given rules. */
  public AccountMargin withRules(MarginRules newRules) {
    return new AccountMargin(mode, collateral, haircuts, newRules, liquidationThresholds);
  }

  /** Whether an asset's value counts as collateral. */
  public boolean counts(String asset) {
    return mode == MarginMode.LENDING
        ? liquidationThresholds.containsKey(asset)
        : collateral.isEmpty() || collateral.contains(asset);
  }

  /**
   * The share of an asset's value counted: its haircut (1 when none is given), or in a lending
   * account its liquidation threshold (0 when none is given).
   */
  public BigDecimal haircut(String asset) {
    return mode == MarginMode.LENDING
        ? liquidationThresholds.getOrDefault(asset, BigDecimal.ZERO)
        : haircuts.getOrDefault(asset, BigDecimal.ONE);
  }

  /** Whether the account trades on margin (every mode but cash). */
  public boolean isMargined() {
    return mode != MarginMode.CASH;
  }
}
