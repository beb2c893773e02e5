package dev.keel.model.market;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The implied volatilities options are valued with (annual, fractions such as {@code 0.65}): one
 * per option symbol, a smile per underlying and expiry, or one per underlying as the default for
 * all its options.
 *
 * @param options volatility by option symbol
 * @param underlyings default volatility by underlying symbol
 * @param smiles smiles by underlying and expiry, at most one for each pair
 */
public record Volatilities(
    Map<String, BigDecimal> options, Map<String, BigDecimal> underlyings, List<Smile> smiles) {

  /** No volatilities: options are then valued at the volatility their mark price implies. */
  public static final Volatilities NONE = new Volatilities(Map.of(), Map.of(), List.of());

  public Volatilities {
    options = positiveSorted(options);
    underlyings = positiveSorted(underlyings);
    smiles = List.copyOf(smiles);
  }

  private static Map<String, BigDecimal> positiveSorted(Map<String, BigDecimal> values) {
    values.values().forEach(vol -> Checks.positive(vol, "volatility"));
    return Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  /**
   * The volatility given for an option: its own, else its expiry's smile at its strike, else its
   * underlying's default; empty when none is given (the mark price must then imply one).
   */
  public Optional<BigDecimal> of(
      String option, String underlying, LocalDate expiry, BigDecimal strike) {
    BigDecimal own = options.get(option);
    if (own != null) {
      return Optional.of(own);
    }
    for (Smile smile : smiles) {
      if (smile.underlying().equals(underlying) && smile.expiry().equals(expiry)) {
        return Optional.of(smile.at(strike));
      }
    }
    return Optional.ofNullable(underlyings.get(underlying));
  }

  /** Whether nothing is given. */
  public boolean isEmpty() {
    return options.isEmpty() && underlyings.isEmpty() && smiles.isEmpty();
  }
}
