package dev.keel.model.market;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The value of one unit of a currency in the portfolio's base currency, as of a time.
 *
 * @param currency the currency converted from
 * @param rate base-currency units per one unit of {@code currency}, positive
 * @param asOf when the rate was observed
 */
public record FxRate(String currency, BigDecimal rate, Instant asOf) {
  public FxRate {
    Checks.currency(currency, "currency");
    Checks.positive(rate, "rate");
    Objects.requireNonNull(asOf, "asOf");
  }
}
