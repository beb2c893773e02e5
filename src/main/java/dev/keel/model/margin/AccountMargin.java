package dev.keel.model.margin;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a venue margins one account: its mode, the assets whose value counts as collateral, and the
 * share of each asset's value it counts (Binance's multi-assets mode counts BTC at 0.95, SOL at
 * 0.90, USDC at 0.9999).
 *
 * @param mode how the account is margined
 * @param collateral the currencies and coins that count as collateral; empty for every cash balance
 *     and spot holding of the account
 * @param haircuts the share of its value each asset counts for, in (0, 1]; an asset not named
 *     counts in full
 */
public record AccountMargin(
    MarginMode mode, List<String> collateral, Map<String, BigDecimal> haircuts) {

  /** A cash account: no leverage, every balance counts in full. */
  public static final AccountMargin CASH = new AccountMargin(MarginMode.CASH, List.of(), Map.of());

  public AccountMargin {
    Objects.requireNonNull(mode, "mode");
    collateral = List.copyOf(collateral);
    haircuts = Map.copyOf(haircuts);
    haircuts.forEach(
        (asset, haircut) -> {
          Checks.positive(haircut, "haircut of " + asset);
          if (haircut.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                "haircut of " + asset + " must be at most 1: " + haircut.toPlainString());
          }
        });
  }

  /** Whether an asset's value counts as collateral. */
  public boolean counts(String asset) {
    return collateral.isEmpty() || collateral.contains(asset);
  }

  /** The share of an asset's value counted: its haircut, 1 when none is given. */
  public BigDecimal haircut(String asset) {
    return haircuts.getOrDefault(asset, BigDecimal.ONE);
  }

  /** Whether the account trades on margin (every mode but cash). */
  public boolean isMargined() {
    return mode != MarginMode.CASH;
  }
}
