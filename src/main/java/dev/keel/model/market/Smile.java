package dev.keel.model.market;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The implied volatility of one underlying's options of one expiry, by strike.
 *
 * <p>Between two strikes the volatility is interpolated linearly in strike; beyond the first and
 * the last strike it stays flat at the end's value (no extrapolation of the wings: a smile read off
 * a few quotes says nothing about strikes further out, and a flat wing never gives a negative or
 * exploding volatility).
 *
 * @param underlying the underlying's symbol
 * @param expiry the options' expiry date
 * @param points volatility (annual, a fraction) by strike; at least one
 */
public record Smile(
    String underlying, LocalDate expiry, NavigableMap<BigDecimal, BigDecimal> points) {

  public Smile {
    Checks.text(underlying, "underlying");
    Objects.requireNonNull(expiry, "expiry");
    TreeMap<BigDecimal, BigDecimal> copy = new TreeMap<>(points);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a smile needs at least one strike");
    }
    copy.forEach(
        (strike, vol) -> {
          Checks.positive(strike, "strike");
          Checks.positive(vol, "volatility");
        });
    points = Collections.unmodifiableNavigableMap(copy);
  }

  /** The volatility at a strike: linear between the nearest strikes, flat beyond the ends. */
  public BigDecimal at(BigDecimal strike) {
    Map.Entry<BigDecimal, BigDecimal> below = points.floorEntry(strike);
    Map.Entry<BigDecimal, BigDecimal> above = points.ceilingEntry(strike);
    if (below == null) {
      return above.getValue();
    }
    if (above == null || below.getKey().compareTo(above.getKey()) == 0) {
      return below.getValue();
    }
    BigDecimal share =
        strike
            .subtract(below.getKey())
            .divide(above.getKey().subtract(below.getKey()), MathContext.DECIMAL64);
    return below
        .getValue()
        .add(above.getValue().subtract(below.getValue()).multiply(share), MathContext.DECIMAL64);
  }
}
