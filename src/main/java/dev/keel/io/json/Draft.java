package dev.keel.io.json;

import dev.keel.model.Portfolio;
import dev.keel.model.market.FxRate;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import dev.keel.model.market.Price;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The parts of a portfolio read so far, filled section by section. A part that could not be read
 * holds what its section could make of it (a placeholder, or what remained valid), so that reading
 * carries on and every problem is found in one pass.
 */
final class Draft {
  /** The book and the mandate, as a builder; the market snapshot is assembled at the end. */
  final Portfolio.Builder portfolio = Portfolio.builder();

  /** The portfolio's name, {@code null} when missing or not text. */
  String name;

  /** The description, {@code null} when not text. */
  String description;

  /** The base currency, {@code null} when missing or invalid: nothing else can be valued then. */
  String baseCurrency;

  Map<String, Price> prices = Map.of();
  Map<String, FxRate> fxRates = Map.of();
  Volatilities volatilities = Volatilities.NONE;
  Map<String, BigDecimal> rates = Map.of();
  Map<String, BigDecimal> yields = Map.of();
  Map<String, BigDecimal> funding = Map.of();
  Map<String, IndexUnderlying> underlyings = Map.of();

  /**
   * The portfolio, or {@code null} when the base currency is missing: every value depends on it, so
   * cross-checks would only echo that problem.
   */
  Portfolio build(Instant asOf) {
    if (baseCurrency == null) {
      return null;
    }
    return portfolio
        .name(name == null ? "?" : name)
        .description(description == null ? "" : description)
        .baseCurrency(baseCurrency)
        .market(
            new MarketSnapshot(
                asOf, prices, fxRates, volatilities, rates, yields, funding, underlyings))
        .build();
  }
}
