package dev.keel.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each level of a portfolio's targets adds up: the top level (classes without a parent, plus
 * cash), and the inside of every class that has a weight or weighted members (its sub-classes and
 * instruments). A level must sum to one for the portfolio to be valid: {@link PortfolioValidator}
 * reports the levels that do not, and the window says what remains to be given out while the user
 * edits. One rule for both.
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

    /** Whether the level sums to one, within {@link PortfolioValidator#SUM_TOLERANCE}. */
    public boolean isComplete() {
      return remaining().abs().compareTo(PortfolioValidator.SUM_TOLERANCE) <= 0;
    }
  }

  /**
   * Every level that must add up, top level first, then classes in file order. Empty when no
   * targets are set at all. A repeated class or instrument counts once (the first, as everywhere).
   */
  public static List<Level> of(Portfolio portfolio) {
    TargetAllocation targets = portfolio.targets();
    if (targets.isEmpty()) {
      return List.of();
    }
    Map<String, AssetClass> classes = portfolio.assetClassesById();
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Boolean> membersWeighted = new HashMap<>();
    classes.keySet().forEach(id -> sums.put(id, BigDecimal.ZERO));
    BigDecimal top = targets.cash();
    for (AssetClass assetClass : classes.values()) {
      BigDecimal weight = targets.classes().get(assetClass.id());
      if (weight == null) {
        continue;
      }
      if (assetClass.parent() == null) {
        top = top.add(weight);
      } else if (sums.containsKey(assetClass.parent())) {
        sums.merge(assetClass.parent(), weight, BigDecimal::add);
        membersWeighted.put(assetClass.parent(), true);
      }
    }
    for (Instrument instrument : portfolio.instrumentsBySymbol().values()) {
      BigDecimal weight = targets.instruments().get(instrument.symbol());
      if (weight != null && sums.containsKey(instrument.assetClass())) {
        sums.merge(instrument.assetClass(), weight, BigDecimal::add);
        membersWeighted.put(instrument.assetClass(), true);
      }
    }
    List<Level> levels = new ArrayList<>();
    levels.add(new Level(null, "Top level", top));
    sums.forEach(
        (classId, sum) -> {
          boolean weighted = targets.classes().getOrDefault(classId, BigDecimal.ZERO).signum() > 0;
          if (weighted || membersWeighted.containsKey(classId)) {
            levels.add(new Level(classId, classes.get(classId).name(), sum));
          }
        });
    return levels;
  }

  /** The levels that do not sum to one. */
  public static List<Level> incomplete(Portfolio portfolio) {
    return of(portfolio).stream().filter(level -> !level.isComplete()).toList();
  }
}
