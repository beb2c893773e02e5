package dev.keel.io.export;

import java.util.Optional;

/**
 * How an export chooses the format of each order: by the venue of the account it is placed in
 * ({@link #BY_VENUE}), or one format for every order ({@link #forced}).
 *
 * @param format the one format for every order, or {@code null} when each venue decides
 */
public record Routing(OrderFormat format) {
  /** Each account's venue decides: CCXT for a crypto exchange, a basket for IBKR, else generic. */
  public static final Routing BY_VENUE = new Routing(null);

  /** Every order in one file of the given format, whatever the venue. */
  public static Routing forced(OrderFormat format) {
    return new Routing(java.util.Objects.requireNonNull(format, "format"));
  }

  /** The forced format, empty when the venue decides. */
  public Optional<OrderFormat> forcedFormat() {
    return Optional.ofNullable(format);
  }

  /** How the manifest names it: {@code venue}, or the forced format's label. */
  public String label() {
    return format == null ? "venue" : format.label();
  }
}
