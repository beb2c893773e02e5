package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The contract terms of a derivative: its underlying and, where they apply, expiry, strike and
 * option right. A perpetual has only an underlying, a future adds an expiry, an option all four.
 *
 * @param underlying symbol of the underlying (need not be an instrument of the book)
 * @param expiry last trading day, or {@code null} for a perpetual
 * @param strike strike price in the quote currency, options only
 * @param right call or put, options only
 */
public record DerivativeTerms(
    String underlying, LocalDate expiry, BigDecimal strike, OptionRight right) {

  public DerivativeTerms {
    Checks.text(underlying, "underlying");
    if (strike != null) {
      Checks.positive(strike, "strike");
    }
    if ((strike == null) != (right == null)) {
      throw new IllegalArgumentException("strike and right go together");
    }
  }

  /** Terms of a perpetual swap on the given underlying. */
  public static DerivativeTerms perpetual(String underlying) {
    return new DerivativeTerms(underlying, null, null, null);
  }

  /** Terms of a future on the given underlying. */
  public static DerivativeTerms future(String underlying, LocalDate expiry) {
    return new DerivativeTerms(underlying, Objects.requireNonNull(expiry, "expiry"), null, null);
  }

  /** Terms of an option on the given underlying. */
  public static DerivativeTerms option(
      String underlying, LocalDate expiry, BigDecimal strike, OptionRight right) {
    return new DerivativeTerms(
        underlying,
        Objects.requireNonNull(expiry, "expiry"),
        Objects.requireNonNull(strike, "strike"),
        Objects.requireNonNull(right, "right"));
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
