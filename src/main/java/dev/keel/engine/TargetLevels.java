package dev.keel.engine;

import dev.keel.model.AssetClass;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each level of a portfolio's targets adds up: the top level (classes without a parent, plus
 * cash), and the inside of every class (its sub-classes and instruments). A level must sum to one
 * for the file to be valid; while the user edits, this says what remains to be given out.
 */
public final class TargetLevels {
  private TargetLevels() {}

  /**
   * One level and its sum.
   *
   * @param classId the class whose inside this is, {@code null} for the top level
   * @param name the class's name, or "Top level"
   * @param sum the weights of the level added up
   */
  public record Level(String classId, String name, BigDecimal sum) {
    /** What is left to reach one (negative when the level is over). */
    public BigDecimal remaining() {
      return BigDecimal.ONE.subtract(sum);
    }

    /** Whether the level sums to one, within the validator's tolerance. */
    public boolean isComplete() {
      return remaining().abs().compareTo(PortfolioValidator.SUM_TOLERANCE) <= 0;
    }
  }

  /**
   * Every level that has any weight set, top level first, then classes in file order. Empty when no
   * targets are set at all.
   */
  public static List<Level> of(Portfolio portfolio) {
    TargetAllocation targets = portfolio.targets();
    if (targets.isEmpty()) {
      return List.of();
    }
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Boolean> weighted = new LinkedHashMap<>();
    BigDecimal top = targets.cash();
    for (AssetClass assetClass : portfolio.assetClasses()) {
      sums.putIfAbsent(assetClass.id(), BigDecimal.ZERO);
    }
    for (AssetClass assetClass : portfolio.assetClasses()) {
      BigDecimal weight = targets.classWeight(assetClass.id()).orElse(null);
      if (weight == null) {
        continue;
      }
      if (assetClass.parent() == null) {
        top = top.add(weight);
      } else {
        sums.merge(assetClass.parent(), weight, BigDecimal::add);
        weighted.put(assetClass.parent(), true);
      }
    }
    for (Instrument instrument : portfolio.instruments()) {
      BigDecimal weight = targets.instrumentWeight(instrument.symbol()).orElse(null);
      if (weight != null && sums.containsKey(instrument.assetClass())) {
        sums.merge(instrument.assetClass(), weight, BigDecimal::add);
        weighted.put(instrument.assetClass(), true);
      }
    }
    List<Level> levels = new ArrayList<>();
    levels.add(new Level(null, "Top level", top));
    Map<String, AssetClass> classes = portfolio.assetClassesById();
    sums.forEach(
        (classId, sum) -> {
          boolean hasOwnWeight =
              targets.classWeight(classId).map(w -> w.signum() > 0).orElse(false);
          AssetClass assetClass = classes.get(classId);
          if (assetClass != null && (weighted.containsKey(classId) || hasOwnWeight)) {
            levels.add(new Level(classId, assetClass.name(), sum));
          }
        });
    return levels;
  }

  /** The levels that do not sum to one. */
  public static List<Level> incomplete(Portfolio portfolio) {
    return of(portfolio).stream().filter(level -> !level.isComplete()).toList();
  }
}
