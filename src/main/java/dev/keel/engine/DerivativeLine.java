package dev.keel.engine;

import dev.keel.model.AssetType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A derivative position, shown beside the allocation but not part of it: its exposure is reported,
 * not weighted, with the contract's terms a trader looks for first.
 *
 * @param account account id
 * @param symbol contract symbol
 * @param type perpetual, future or option
 * @param quantity contracts held, negative when short
 * @param price price per contract unit in the quote currency
 * @param exposure quantity times price times multiplier, in the base currency (for an option, the
 *     premium value)
 * @param currency the quote currency of the price
 * @param underlying what the contract is on, {@code null} when the file does not say
 * @param expiry the last trading day, {@code null} for a perpetual
 * @param daysToExpiry days from the book's as-of date (UTC) to the expiry, negative once past;
 *     {@code null} for a perpetual
 */
public record DerivativeLine(
    String account,
    String symbol,
    AssetType type,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal exposure,
    String currency,
    String underlying,
    LocalDate expiry,
    Long daysToExpiry) {

  /** Whether the contract expires within {@code days} days of the book's as-of date (or has). */
  public boolean expiresWithin(int days) {
    return daysToExpiry != null && daysToExpiry <= days;
  }
}
