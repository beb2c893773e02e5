package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The contract terms of a derivative: its underlying and, where they apply, expiry, strike, option
 * right and exercise style, and how a perpetual or future is denominated. A perpetual has only an
 * underlying, a future adds an expiry, an option a strike, a right and an exercise style as well.
 *
 * <p>An inverse perpetual or future (Deribit's BTC-PERPETUAL) has a face value per contract in the
 * quote currency ({@code contractSize}) and settles in a coin ({@code settlementCurrency}); its
 * exposure in coins is face over price. A linear one is worth quantity times multiplier times
 * price.
 *
 * @param underlying symbol of the underlying: an instrument of the book or an entry of the market's
 *     underlyings (index prices such as SPX)
 * @param expiry the expiry date, or {@code null} for a perpetual
 * @param expiresAt the expiry instant when the file gives one, {@code null} when it gives a date
 *     alone (the venue's expiry time then applies, see {@link Expiries})
 * @param strike strike price in the currency the underlying is priced in (the quote currency, but
 *     for an option quoted in a coin, whose strike is in USD), options only
 * @param right call or put, options only
 * @param exercise european or american, options only
 * @param contract linear or inverse; options are linear
 * @param contractSize face value of one inverse contract in the quote currency, inverse only
 * @param settlementCurrency the currency the contract settles in; required for inverse contracts
 *     (the coin), {@code null} when it is the quote currency
 */
public record DerivativeTerms(
    String underlying,
    LocalDate expiry,
    Instant expiresAt,
    BigDecimal strike,
    OptionRight right,
    ExerciseStyle exercise,
    ContractStyle contract,
    BigDecimal contractSize,
    String settlementCurrency) {

  public DerivativeTerms {
    Checks.text(underlying, "underlying");
    Objects.requireNonNull(contract, "contract");
    if (strike != null) {
      Checks.positive(strike, "strike");
    }
    if ((strike == null) != (right == null) || (strike == null) != (exercise == null)) {
      throw new IllegalArgumentException("strike, right and exercise go together");
    }
    if (expiresAt != null) {
      if (expiry == null) {
        throw new IllegalArgumentException("an expiry instant needs an expiry");
      }
      if (!expiresAt.atOffset(ZoneOffset.UTC).toLocalDate().equals(expiry)) {
        throw new IllegalArgumentException("the expiry instant falls on another day than expiry");
      }
    }
    if (contract == ContractStyle.INVERSE) {
      Checks.positive(contractSize, "contractSize");
      Checks.currency(settlementCurrency, "settlementCurrency");
      if (strike != null) {
        throw new IllegalArgumentException("an option cannot be an inverse contract");
      }
    } else if (contractSize != null) {
      throw new IllegalArgumentException("contractSize applies to inverse contracts only");
    } else if (settlementCurrency != null) {
      Checks.currency(settlementCurrency, "settlementCurrency");
    }
  }

  /** Terms of a linear perpetual swap on the given underlying. */
  public static DerivativeTerms perpetual(String underlying) {
    return new DerivativeTerms(
        underlying, null, null, null, null, null, ContractStyle.LINEAR, null, null);
  }

  /** Terms of a linear future on the given underlying, expiring on a date. */
  public static DerivativeTerms future(String underlying, LocalDate expiry) {
    return new DerivativeTerms(
        underlying,
        Objects.requireNonNull(expiry, "expiry"),
        null,
        null,
        null,
        null,
        ContractStyle.LINEAR,
        null,
        null);
  }

  /** Terms of a European option on the given underlying, expiring on a date. */
  public static DerivativeTerms option(
      String underlying, LocalDate expiry, BigDecimal strike, OptionRight right) {
    return new DerivativeTerms(
        underlying,
        Objects.requireNonNull(expiry, "expiry"),
        null,
        Objects.requireNonNull(strike, "strike"),
        Objects.requireNonNull(right, "right"),
        ExerciseStyle.EUROPEAN,
        ContractStyle.LINEAR,
        null,
        null);
  }

  /** A copy that is an inverse contract of the given face value, settled in the given coin. */
  public DerivativeTerms inverse(BigDecimal faceValue, String coin) {
    return new DerivativeTerms(
        underlying,
        expiry,
        expiresAt,
        strike,
        right,
        exercise,
        ContractStyle.INVERSE,
        faceValue,
        coin);
  }

  /** A copy with another exercise style (options only). */
  public DerivativeTerms withExercise(ExerciseStyle style) {
    return new DerivativeTerms(
        underlying,
        expiry,
        expiresAt,
        strike,
        right,
        style,
        contract,
        contractSize,
        settlementCurrency);
  }

  /** A copy expiring at the given instant (its UTC day becomes the expiry date). */
  public DerivativeTerms expiringAt(Instant instant) {
    return new DerivativeTerms(
        underlying,
        instant.atOffset(ZoneOffset.UTC).toLocalDate(),
        instant,
        strike,
        right,
        exercise,
        contract,
        contractSize,
        settlementCurrency);
  }

  /** Whether this is an inverse (coin-settled, face-valued) contract. */
  public boolean isInverse() {
    return contract == ContractStyle.INVERSE;
  }

  /** Whether these terms fit the given type: which of expiry, strike and right it needs. */
  public boolean fits(AssetType type) {
    return switch (type) {
      case PERPETUAL -> expiry == null && strike == null;
      case FUTURE -> expiry != null && strike == null;
      case OPTION -> expiry != null && strike != null;
      default -> false;
    };
  }
}
