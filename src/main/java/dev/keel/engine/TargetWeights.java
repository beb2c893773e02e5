package dev.keel.engine;

import dev.keel.model.AssetClass;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets and bands of a portfolio resolved to fractions of the whole portfolio: a nested
 * class's weight multiplied through its parents, an instrument's through its class. Also says which
 * band applies to each line (instrument, then nearest class, then the default).
 */
public final class TargetWeights {
  private final Map<String, AssetClass> classes;
  private final Map<String, BigDecimal> classTargets = new HashMap<>();
  private final Map<String, BigDecimal> instrumentTargets = new HashMap<>();

  /** Each class's chain, nearest first, worked out once. */
  private final Map<String, List<String>> chains = new HashMap<>();

  private final Portfolio portfolio;
  private final BandPolicy bands;

  /**
   * The resolved targets of a valid portfolio. Every target is worked out here, so an instance is
   * never changed afterwards and may be shared between threads.
   */
  public TargetWeights(Portfolio portfolio) {
    this.portfolio = portfolio;
    this.classes = portfolio.assetClassesById();
    this.bands = portfolio.bands();
    for (String classId : classes.keySet()) {
      resolveClass(classId);
      chains.put(classId, chainOf(classId));
    }
    for (Instrument instrument : portfolio.instruments()) {
      instrumentTargets.put(
          instrument.symbol(),
          ofClass(instrument.assetClass())
              .multiply(
                  portfolio
                      .targets()
                      .instrumentWeight(instrument.symbol())
                      .orElse(BigDecimal.ZERO)));
    }
  }

  /** Whether the portfolio has any targets at all. */
  public boolean isSet() {
    return !portfolio.targets().isEmpty();
  }

  /** The cash target as a fraction of the portfolio. */
  public BigDecimal cash() {
    return portfolio.targets().cash();
  }

  /** A class's target as a fraction of the whole portfolio (zero when it or a parent has none). */
  public BigDecimal ofClass(String classId) {
    return classTargets.getOrDefault(classId, BigDecimal.ZERO);
  }

  private BigDecimal resolveClass(String classId) {
    BigDecimal known = classTargets.get(classId);
    if (known != null) {
      return known;
    }
    AssetClass assetClass = classes.get(classId);
    BigDecimal own = portfolio.targets().classWeight(classId).orElse(BigDecimal.ZERO);
    BigDecimal target =
        assetClass == null || assetClass.parent() == null
            ? own
            : resolveClass(assetClass.parent()).multiply(own);
    classTargets.put(classId, target);
    return target;
  }

  /** An instrument's target as a fraction of the whole portfolio. */
  public BigDecimal ofInstrument(Instrument instrument) {
    return instrumentTargets.getOrDefault(instrument.symbol(), BigDecimal.ZERO);
  }

  /** The band of a class: its own, else its nearest ancestor's, else the default. */
  public DriftBand classBand(String classId) {
    for (String id = classId; id != null; id = classes.get(id).parent()) {
      DriftBand band = bands.classes().get(id);
      if (band != null) {
        return band;
      }
    }
    return bands.defaultBand();
  }

  /** The band of an instrument: its own, else its class's. */
  public DriftBand instrumentBand(Instrument instrument) {
    DriftBand own = bands.instruments().get(instrument.symbol());
    return own != null ? own : classBand(instrument.assetClass());
  }

  /** The band of the cash line. */
  public DriftBand cashBand() {
    return bands.cashBand();
  }

  /** The class and its ancestors, nearest first. */
  public List<String> classChain(String classId) {
    List<String> chain = chains.get(classId);
    return chain != null ? chain : chainOf(classId);
  }

  private List<String> chainOf(String classId) {
    List<String> chain = new ArrayList<>();
    for (String id = classId; id != null; id = classes.get(id).parent()) {
      chain.add(id);
    }
    return List.copyOf(chain);
  }

  /** The display name of a class. */
  public String className(String classId) {
    return classes.get(classId).name();
  }
}
