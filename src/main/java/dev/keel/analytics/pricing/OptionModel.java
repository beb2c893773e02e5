package dev.keel.analytics.pricing;

/**
 * A model of the underlying's price that an option is valued in: the spot with a continuous yield
 * (Black-Scholes-Merton) or the forward or future of the option's expiry (Black-76).
 */
public enum OptionModel {
  /**
   * Lognormal spot with a continuous dividend or carry yield q: the cost of carry is {@code r - q}
   * (R. C. Merton, "Theory of rational option pricing", Bell Journal of Economics 4 (1973)).
   */
  BLACK_SCHOLES_MERTON("Black-Scholes-Merton"),
  /**
   * Lognormal forward or future price F of the option's expiry, discounted at r; the yield plays no
   * part (F. Black, "The pricing of commodity contracts", J. Financial Economics 3 (1976)). Crypto
   * options are priced off the future of their own expiry in this model.
   */
  BLACK_76("Black-76");

  private final String displayName;

  OptionModel(String displayName) {
    this.displayName = displayName;
  }

  /** The model's name as shown on screen, "Black-Scholes-Merton" or "Black-76". */
  public String displayName() {
    return displayName;
  }
}
