package dev.keel.model;

/**
 * How a perpetual or a future is denominated: linear (its value is quantity times multiplier times
 * price, in the quote currency) or inverse (each contract has a face value in the quote currency
 * and is settled in the coin, so its exposure in coins is face over price, as Deribit's
 * BTC-PERPETUAL).
 */
public enum ContractStyle {
  LINEAR,
  INVERSE;

  /** The spelling used in files, {@code linear} or {@code inverse}. */
  public String label() {
    return Labels.of(this);
  }

  /** The style with the given {@link #label()}, or {@code null} when there is none. */
  public static ContractStyle fromLabel(String label) {
    return Labels.find(ContractStyle.class, label);
  }
}
