package dev.keel.engine;

import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The targets one part of a book (an account, or every account together) aims at: the lines it
 * holds or can buy, each with its target, and each class with the sum of its reachable members'
 * targets. When some targeted lines cannot be bought there, their weight goes to the lines that
 * can, in proportion to their targets, so the part still aims at being fully invested. The account
 * drift report and the rebalancer's slices both take their targets from here, so the weights a
 * trader reads and those a reason quotes are the same.
 */
public final class ReachableTargets {
  /** Arithmetic of the rescaled targets. */
  public static final MathContext MATH = MathContext.DECIMAL64;

  private final TargetWeights targets;
  private final List<Instrument> universe = new ArrayList<>();
  private final Map<String, BigDecimal> lineTargets = new HashMap<>();
  private final Map<String, BigDecimal> classTargets = new HashMap<>();
  private BigDecimal scale = BigDecimal.ONE;

  /**
   * The reachable targets of a part of the book.
   *
   * @param targets the book's resolved targets
   * @param instruments the book's instruments, best in symbol order (then sorting is linear)
   * @param held whether the part has a position in a symbol
   * @param buyable whether some account of the part can buy an instrument it does not hold
   * @param unreachable told of each targeted line that cannot be bought, in the order given
   */
  public ReachableTargets(
      TargetWeights targets,
      Iterable<Instrument> instruments,
      Predicate<String> held,
      Predicate<Instrument> buyable,
      Consumer<Instrument> unreachable) {
    this.targets = targets;
    BigDecimal reachable = BigDecimal.ZERO;
    for (Instrument instrument : instruments) {
      if (!instrument.isAllocated()) {
        continue;
      }
      BigDecimal target = targets.ofInstrument(instrument);
      if (held.test(instrument.symbol())) {
        universe.add(instrument);
        reachable = reachable.add(target);
      } else if (target.signum() > 0) {
        if (buyable.test(instrument)) {
          universe.add(instrument);
          reachable = reachable.add(target);
        } else {
          unreachable.accept(instrument);
        }
      }
    }
    universe.sort(Comparator.comparing(Instrument::symbol));
    BigDecimal invested = BigDecimal.ONE.subtract(targets.cash());
    if (reachable.signum() > 0 && reachable.compareTo(invested) < 0) {
      scale = invested.divide(reachable, MATH);
    }
    for (Instrument instrument : universe) {
      BigDecimal target = targets.ofInstrument(instrument);
      if (scale.compareTo(BigDecimal.ONE) != 0) {
        target = target.multiply(scale);
      }
      lineTargets.put(instrument.symbol(), target);
      for (String id : targets.classChain(instrument.assetClass())) {
        classTargets.merge(id, target, BigDecimal::add);
      }
    }
  }

  /**
   * Whether an account can buy an instrument: it holds it, holds an instrument of the same type (so
   * its venue trades that kind), or holds nothing allocated yet ({@code heldTypes} null).
   */
  public static boolean canBuy(Set<AssetType> heldTypes, boolean holdsIt, Instrument instrument) {
    return heldTypes == null || heldTypes.contains(instrument.type()) || holdsIt;
  }

  /** The lines that may be traded (held, or targeted and buyable), by symbol. */
  public List<Instrument> universe() {
    return Collections.unmodifiableList(universe);
  }

  /** Whether a symbol is one of the lines that may be traded. */
  public boolean reaches(String symbol) {
    return lineTargets.containsKey(symbol);
  }

  /** An instrument's target in this part of the book, rescaled as the class javadoc says. */
  public BigDecimal target(Instrument instrument) {
    BigDecimal target = lineTargets.get(instrument.symbol());
    return target != null ? target : targets.ofInstrument(instrument).multiply(scale);
  }

  /**
   * A class's target in this part: the targets of its members that can be traded here, so a class
   * whose other members are bought elsewhere is aimed at what this part can reach.
   */
  public BigDecimal classTarget(String classId) {
    return classTargets.getOrDefault(classId, BigDecimal.ZERO);
  }
}
