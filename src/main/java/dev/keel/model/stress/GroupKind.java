package dev.keel.model.stress;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What kind of underlyings a stress group holds, which decides its default scan ranges and how the
 * TIMS-like set moves it (docs/stress.md). Keel's defaults are examples: set a venue's own in the
 * file.
 */
public enum GroupKind {
  /** Coins, and indexes and contracts traded at crypto venues: a 30 % price range, vol 30 %. */
  CRYPTO("0.30", "0.30", "-0.15", "0.15"),
  /** Single stocks and funds: a 15 % price range, vol 25 %; TIMS moves them +-15 %. */
  EQUITY("0.15", "0.25", "-0.15", "0.15"),
  /** Broad equity indexes (SPX under ES): an 8 % range, vol 20 %; TIMS moves them -8 % / +6 %. */
  INDEX("0.08", "0.20", "-0.08", "0.06");

  private final BigDecimal priceScanRange;
  private final BigDecimal volScanRange;
  private final BigDecimal timsDown;
  private final BigDecimal timsUp;

  GroupKind(String priceScanRange, String volScanRange, String timsDown, String timsUp) {
    this.priceScanRange = new BigDecimal(priceScanRange);
    this.volScanRange = new BigDecimal(volScanRange);
    this.timsDown = new BigDecimal(timsDown);
    this.timsUp = new BigDecimal(timsUp);
  }

  /** The default price scan range: the fraction the SPAN-like set moves the group by at 1. */
  public BigDecimal defaultPriceScanRange() {
    return priceScanRange;
  }

  /** The default volatility scan range: the relative change of vol the SPAN-like set applies. */
  public BigDecimal defaultVolScanRange() {
    return volScanRange;
  }

  /** The fall the TIMS-like set moves the group by at its lowest point (negative). */
  public BigDecimal timsDown() {
    return timsDown;
  }

  /** The rise the TIMS-like set moves the group by at its highest point. */
  public BigDecimal timsUp() {
    return timsUp;
  }

  /** The spelling in files: {@code crypto}, {@code equity}, {@code index}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with the given {@link #label()}, or {@code null} when there is none. */
  public static GroupKind fromLabel(String label) {
    for (GroupKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    return null;
  }
}
