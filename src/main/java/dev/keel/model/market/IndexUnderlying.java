package dev.keel.model.market;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An underlying that is not an instrument of the book, such as the S&amp;P 500 index (SPX) under
 * the ES future: its index price and currency, and optionally the allocation line its exposure
 * counts toward, with a beta (SPX toward SPY with beta 1).
 *
 * @param symbol the underlying's symbol, as contracts name it
 * @param price index price in its currency, positive
 * @param currency the currency of the price
 * @param line symbol of the target line its exposure counts toward, {@code null} for none
 * @param beta exposure to the line per unit of exposure to this underlying; 1 unless given
 */
public record IndexUnderlying(
    String symbol, BigDecimal price, String currency, String line, BigDecimal beta) {
  public IndexUnderlying {
    Checks.text(symbol, "symbol");
    Checks.positive(price, "price");
    Checks.currency(currency, "currency");
    if (line != null) {
      Checks.text(line, "line");
    }
    Objects.requireNonNull(beta, "beta");
  }
}
