package dev.keel.model.margin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract's leverage tiers, in order of notional, each starting where the one before ends, the
 * last without a cap. The maintenance amounts follow the venue's rule (Binance's {@code cum}):
 * {@code amount_n = cap_(n-1) x (rate_n - rate_(n-1)) + amount_(n-1)}, so that the maintenance
 * margin {@code notional x rate - amount} is the same either side of a cap.
 *
 * @param tiers the tiers, at least one
 */
public record MarginTiers(List<MarginTier> tiers) {
  /** No tiers: the contract has no margin rule of this kind. */
  public static final MarginTiers NONE = new MarginTiers(List.of());

  public MarginTiers {
    tiers = List.copyOf(tiers);
    for (int i = 0; i < tiers.size(); i++) {
      MarginTier tier = tiers.get(i);
      boolean last = i == tiers.size() - 1;
      if (!last && tier.notionalCap() == null) {
        throw new IllegalArgumentException(
            "tier " + (i + 1) + " has no notionalCap: only the last tier may leave it out");
      }
      if (i > 0
          && tier.notionalCap() != null
          && tier.notionalCap().compareTo(tiers.get(i - 1).notionalCap()) <= 0) {
        throw new IllegalArgumentException(
            "tier " + (i + 1) + "'s notionalCap must be above tier " + i + "'s");
      }
      if (i > 0 && tier.maintenanceRate().compareTo(tiers.get(i - 1).maintenanceRate()) <= 0) {
        throw new IllegalArgumentException(
            risingRates(i + 1, tier.maintenanceRate(), tiers.get(i - 1).maintenanceRate()));
      }
      BigDecimal expected = expectedAmount(tiers, i);
      if (tier.maintenanceAmount().compareTo(expected) != 0) {
        throw new IllegalArgumentException(
            "tier "
                + (i + 1)
                + "'s maintenanceAmount "
                + tier.maintenanceAmount().toPlainString()
                + " breaks the rule cap x (rate - previous rate) + previous amount, which gives "
                + expected.stripTrailingZeros().toPlainString()
                + ": correct it, or leave it out");
      }
    }
  }

  /**
   * Tiers from their caps, rates and leverages, each amount given or ({@code null}) by the rule.
   *
   * @param caps the caps, {@code null} for none (the last)
   * @param amounts the amounts given, {@code null} where the rule decides
   * @throws IllegalArgumentException when a given amount breaks the rule, or a tier is out of order
   */
  public static MarginTiers of(
      List<BigDecimal> caps,
      List<BigDecimal> rates,
      List<BigDecimal> leverages,
      List<BigDecimal> amounts) {
    List<MarginTier> built = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    for (int i = 0; i < rates.size(); i++) {
      if (i > 0 && rates.get(i).compareTo(rates.get(i - 1)) <= 0) {
        throw new IllegalArgumentException(risingRates(i + 1, rates.get(i), rates.get(i - 1)));
      }
      if (i > 0) {
        if (caps.get(i - 1) == null) {
          throw new IllegalArgumentException(
              "tier " + i + " has no notionalCap: only the last tier may leave it out");
        }
        amount = caps.get(i - 1).multiply(rates.get(i).subtract(rates.get(i - 1))).add(amount);
      }
      BigDecimal given = amounts.get(i);
      try {
        built.add(
            new MarginTier(
                caps.get(i), rates.get(i), leverages.get(i), given == null ? amount : given));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("tier " + (i + 1) + "'s " + e.getMessage(), e);
      }
    }
    return new MarginTiers(built);
  }

  /** Why a tier's rate does not fit: rates rise, which keeps the liquidation price well defined. */
  private static String risingRates(int tier, BigDecimal rate, BigDecimal previous) {
    return "tier "
        + tier
        + "'s maintenanceRate "
        + rate.toPlainString()
        + " is not above tier "
        + (tier - 1)
        + "'s "
        + previous.toPlainString()
        + ": rates rise from tier to tier";
  }

  /** What the rule gives tier {@code i}'s amount, from the amount of the tier before it. */
  private static BigDecimal expectedAmount(List<MarginTier> tiers, int i) {
    if (i == 0) {
      return BigDecimal.ZERO;
    }
    MarginTier previous = tiers.get(i - 1);
    return previous
        .notionalCap()
        .multiply(tiers.get(i).maintenanceRate().subtract(previous.maintenanceRate()))
        .add(previous.maintenanceAmount());
  }

  /** Whether there are no tiers. */
  public boolean isEmpty() {
    return tiers.isEmpty();
  }

  /** The tier a notional (0 or more) falls in: the first whose cap it does not pass. */
  public MarginTier tierOf(BigDecimal notional) {
    if (tiers.isEmpty()) {
      throw new IllegalStateException("no tiers");
    }
    for (MarginTier tier : tiers) {
      if (tier.holds(notional)) {
        return tier;
      }
    }
    return tiers.get(tiers.size() - 1);
  }

  /** The maintenance margin of a notional: notional x rate - amount of its tier. */
  public BigDecimal maintenanceMargin(BigDecimal notional) {
    MarginTier tier = tierOf(notional);
    return notional.multiply(tier.maintenanceRate()).subtract(tier.maintenanceAmount());
  }
}
