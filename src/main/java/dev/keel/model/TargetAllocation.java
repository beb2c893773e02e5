package dev.keel.model;

import dev.keel.model.check.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The target weights of a portfolio, level by level.
 *
 * <p>Each weight is a fraction of its parent: a top-level class and cash are fractions of the whole
 * portfolio, a nested class a fraction of its parent class, an instrument a fraction of its class.
 * Every level sums to one. An instrument or class without a weight has a target of zero. An
 * allocation with no weights at all ({@link #isEmpty()}) means the user has not set targets yet.
 *
 * @param cash fraction of the whole portfolio to hold as cash
 * @param classes weight of each asset class within its parent, by class id
 * @param instruments weight of each instrument within its class, by symbol
 */
public record TargetAllocation(
    BigDecimal cash, Map<String, BigDecimal> classes, Map<String, BigDecimal> instruments) {

  /** No targets set. */
  public static final TargetAllocation NONE =
      new TargetAllocation(BigDecimal.ZERO, Map.of(), Map.of());

  public TargetAllocation {
    Checks.fraction(cash, "cash target");
    classes = sortedCopy(classes, "class target");
    instruments = sortedCopy(instruments, "instrument target");
  }

  private static Map<String, BigDecimal> sortedCopy(Map<String, BigDecimal> weights, String what) {
    Objects.requireNonNull(weights, what);
    TreeMap<String, BigDecimal> copy = new TreeMap<>();
    weights.forEach((key, weight) -> copy.put(key, Checks.fraction(weight, what + " " + key)));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** Whether no weight at all is set. */
  public boolean isEmpty() {
    return cash.signum() == 0 && classes.isEmpty() && instruments.isEmpty();
  }

  /** The weight of a class within its parent, if set. */
  public Optional<BigDecimal> classWeight(String classId) {
    return Optional.ofNullable(classes.get(classId));
  }

  /** The weight of an instrument within its class, if set. */
  public Optional<BigDecimal> instrumentWeight(String symbol) {
    return Optional.ofNullable(instruments.get(symbol));
  }

  /** A copy with the cash target changed. */
  public TargetAllocation withCash(BigDecimal newCash) {
    return new TargetAllocation(newCash, classes, instruments);
  }

  /** A copy with one class weight set. */
  public TargetAllocation withClassWeight(String classId, BigDecimal weight) {
    TreeMap<String, BigDecimal> copy = new TreeMap<>(classes);
    copy.put(classId, weight);
    return new TargetAllocation(cash, copy, instruments);
  }

  /** A copy with one instrument weight set. */
  public TargetAllocation withInstrumentWeight(String symbol, BigDecimal weight) {
    TreeMap<String, BigDecimal> copy = new TreeMap<>(instruments);
    copy.put(symbol, weight);
    return new TargetAllocation(cash, classes, copy);
  }
}
