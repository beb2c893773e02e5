package dev.keel.analytics.exposure;

/** What a stress scenario does to a market: moves of underlyings, shocks of vol, time passing. */
public interface MarketShock {
  /**
   * The fractional move of a root underlying (a coin, a stock, an index) or of a currency that is
   * one; 0 for anything that does not move (fiat, stablecoins).
   */
  double move(String underlying);

  /**
   * The volatility an option on {@code underlying} is valued with after the shock.
   *
   * @param vol its volatility today
   * @param daysToExpiry calendar days from today to its expiry
   */
  double vol(String underlying, double vol, double daysToExpiry);

  /** Calendar days that pass. */
  double days();
}
