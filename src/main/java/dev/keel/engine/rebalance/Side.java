package dev.keel.engine.rebalance;

/** The direction of a trade. */
public enum Side {
  BUY,
  SELL;

  /** {@code +1} for a buy, {@code -1} for a sell: the sign of the change in the holding. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }

  /** Lower-case spelling for files, {@code buy} or {@code sell}. */
  public String label() {
    return this == BUY ? "buy" : "sell";
  }
}
