package dev.keel.model;

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
    return Labels.of(this);
  }

  /** The type with the given {@link #label()}, or {@code null} when there is none. */
  public static AssetType fromLabel(String label) {
    return Labels.find(AssetType.class, label);
  }
}
