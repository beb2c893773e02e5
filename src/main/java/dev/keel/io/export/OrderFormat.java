package dev.keel.io.export;

import java.util.Locale;

/** The order file formats Keel exports. */
public enum OrderFormat {
  /** One order per row with every detail, for any broker or a spreadsheet. */
  GENERIC("csv"),
  /** Interactive Brokers BasketTrader CSV. */
  IBKR("csv"),
  /** A JSON list whose entries map onto CCXT's {@code create_order}. */
  CCXT("json");

  private final String extension;

  OrderFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The command-line spelling: {@code generic}, {@code ibkr}, {@code ccxt}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
