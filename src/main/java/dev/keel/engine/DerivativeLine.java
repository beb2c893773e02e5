package dev.keel.engine;

import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

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

  /**
   * The line of a derivative position worth {@code value}, its days to expiry counted from the day
   * of {@code asOf} (UTC).
   */
  static DerivativeLine of(
      Position position, Instrument instrument, BigDecimal price, BigDecimal value, Instant asOf) {
    DerivativeTerms terms = instrument.terms();
    LocalDate expiry = terms == null ? null : terms.expiry();
    Long days =
        expiry == null
            ? null
            : ChronoUnit.DAYS.between(asOf.atZone(ZoneOffset.UTC).toLocalDate(), expiry);
    return new DerivativeLine(
        position.account(),
        instrument.symbol(),
        instrument.type(),
        position.quantity(),
        price,
        value,
        instrument.quoteCurrency(),
        terms == null ? null : terms.underlying(),
        expiry,
        days);
  }
}
