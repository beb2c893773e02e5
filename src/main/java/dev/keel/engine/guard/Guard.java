package dev.keel.engine.guard;

/** One limit of the guard, named as in the file's {@code guard} and on the command line. */
public enum Guard {
  MAX_MARGIN_RATIO("maxMarginRatio", "margin ratio"),
  MIN_SHOCK_TO_LIQUIDATION("minShockToLiquidation", "shock to liquidation"),
  MAX_LEVERAGE("maxLeverage", "leverage"),
  MIN_HEALTH_FACTOR("minHealthFactor", "health factor");

  private final String key;
  private final String figure;

  Guard(String key, String figure) {
    this.key = key;
    this.figure = figure;
  }

  /** The key in the file's {@code guard}: {@code maxMarginRatio}. */
  public String key() {
    return key;
  }

  /** The figure it limits, in words: {@code margin ratio}. */
  public String figure() {
    return figure;
  }
}
