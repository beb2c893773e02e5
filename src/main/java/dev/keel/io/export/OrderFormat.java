package dev.keel.io.export;

import dev.keel.model.Venue;
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

  /**
   * The format of a venue's orders when each venue decides ({@link Routing#BY_VENUE}): a CCXT list
   * for a crypto exchange, a basket for IBKR, generic CSV for any other.
   */
  public static OrderFormat byVenue(Venue venue) {
    return venue.isCryptoExchange() ? CCXT : venue == Venue.IBKR ? IBKR : GENERIC;
  }

  /** The command-line spelling: {@code generic}, {@code ibkr}, {@code ccxt}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
