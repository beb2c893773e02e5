package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of one instrument held in one account; negative only for short derivatives.
 *
 * @param account id of the holding account
 * @param symbol symbol of the instrument
 * @param quantity units held, exact
 * @param entryPrice average open price of a perpetual or future position, in its quote currency,
 *     {@code null} when not given (its unrealised profit and loss is then unknown and counted as 0)
 * @param leverage the leverage a perpetual or future position is opened at in a margin account
 *     (initial margin = notional / leverage), {@code null} for the tier's highest
 * @param isolatedMargin the margin set aside for a position of an isolated-margin account, in the
 *     contract's quote currency; {@code null} elsewhere
 */
public record Position(
    String account,
    String symbol,
    BigDecimal quantity,
    BigDecimal entryPrice,
    BigDecimal leverage,
    BigDecimal isolatedMargin) {
  public Position {
    Checks.text(account, "account");
    Checks.text(symbol, "symbol");
    Objects.requireNonNull(quantity, "quantity");
    if (entryPrice != null) {
      Checks.positive(entryPrice, "entryPrice");
    }
    if (leverage != null && leverage.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "leverage must be at least 1: " + leverage.toPlainString());
    }
    if (isolatedMargin != null) {
      Checks.positive(isolatedMargin, "isolatedMargin");
    }
  }

  /** A position without margin settings. */
  public Position(String account, String symbol, BigDecimal quantity, BigDecimal entryPrice) {
    this(account, symbol, quantity, entryPrice, null, null);
  }

  /** A position without an entry price. */
  public Position(String account, String symbol, BigDecimal quantity) {
    this(account, symbol, quantity, null);
  }
}
