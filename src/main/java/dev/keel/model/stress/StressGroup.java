package dev.keel.model.stress;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Underlyings that move together in a stress scenario: crypto falls together, and so do the stocks
 * of one market. A scenario moves every underlying of a group by the same fraction.
 *
 * @param name the group's name, as scenarios name it ({@code crypto}, {@code majors})
 * @param kind what it holds, which decides its defaults and its TIMS-like range
 * @param underlyings the root underlyings in it (coins, stocks, indexes); empty for every
 *     underlying of its kind that no other group names
 * @param priceScanRange the price move the SPAN-like set scans, a positive fraction
 * @param volScanRange the relative change of volatility the SPAN-like set scans, in [0, 1)
 */
public record StressGroup(
    String name,
    GroupKind kind,
    List<String> underlyings,
    BigDecimal priceScanRange,
    BigDecimal volScanRange) {

  public StressGroup {
    Checks.text(name, "name");
    Objects.requireNonNull(kind, "kind");
    underlyings = List.copyOf(underlyings);
    Checks.positive(priceScanRange, "priceScanRange");
    Objects.requireNonNull(volScanRange, "volScanRange");
    if (volScanRange.signum() < 0 || volScanRange.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "volScanRange must be at least 0 and below 1: " + volScanRange.toPlainString());
    }
  }

  /** The default group of a kind: named by it, holding every underlying of it, its ranges. */
  public static StressGroup defaultOf(GroupKind kind) {
    return new StressGroup(
        kind.label(), kind, List.of(), kind.defaultPriceScanRange(), kind.defaultVolScanRange());
  }

  /** Whether it takes every underlying of its kind that no other group names. */
  public boolean takesTheRestOfItsKind() {
    return underlyings.isEmpty();
  }
}
