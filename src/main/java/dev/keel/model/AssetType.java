package dev.keel.model;

import java.util.Locale;

/**
 * A kind of instrument, which decides how it is valued and whether it takes part in rebalancing.
 */
public enum AssetType {
  CASH,
  STABLECOIN,
  CRYPTO_SPOT,
  STOCK,
  PERPETUAL,
  FUTURE,
  OPTION;

  /** Whether this is a derivative contract (perpetual, future, option). */
  public boolean isDerivative() {
    return this == PERPETUAL || this == FUTURE || this == OPTION;
  }

  /** Whether a position may hold a negative quantity; only derivative contracts can be short. */
  public boolean canBeShort() {
    return isDerivative();
  }

  /** The spelling used in files and on screen, for example {@code crypto-spot}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type with the given {@link #label()}, or {@code null} when there is none. */
  public static AssetType fromLabel(String label) {
    for (AssetType type : values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    return null;
  }
}
