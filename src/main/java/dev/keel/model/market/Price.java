package dev.keel.model.market;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The price of one unit of an instrument in its quote currency, as of a time.
 *
 * @param symbol the instrument
 * @param value price per unit, positive
 * @param asOf when the price was observed
 */
public record Price(String symbol, BigDecimal value, Instant asOf) {
  public Price {
    Checks.text(symbol, "symbol");
    Checks.positive(value, "price");
    Objects.requireNonNull(asOf, "asOf");
  }
}
