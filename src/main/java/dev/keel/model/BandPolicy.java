package dev.keel.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which drift band applies where: a default, and overrides for cash, asset classes and instruments.
 * An instrument without its own band takes the band of its nearest class that has one, then the
 * default.
 *
 * @param defaultBand the band used where no override applies
 * @param cash band for the cash line, or {@code null} to use the default
 * @param classes overrides by asset class id
 * @param instruments overrides by symbol
 */
public record BandPolicy(
    DriftBand defaultBand,
    DriftBand cash,
    Map<String, DriftBand> classes,
    Map<String, DriftBand> instruments) {

  /** The classic 5/25 rule everywhere. */
  public static final BandPolicy DEFAULT =
      new BandPolicy(DriftBand.FIVE_TWENTY_FIVE, null, Map.of(), Map.of());

  public BandPolicy {
    Objects.requireNonNull(defaultBand, "defaultBand");
    classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    instruments = Collections.unmodifiableSortedMap(new TreeMap<>(instruments));
  }

  /** The band that applies to cash. */
  public DriftBand cashBand() {
    return cash == null ? defaultBand : cash;
  }
}
