package dev.keel.model;

import dev.keel.model.margin.MarginGuard;
import dev.keel.model.stress.StressGroup;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the user asks of a book: target weights, the drift bands around them, what trading costs,
 * what may not be traded and the cash that must stay. Maps are sorted by key, so equal mandates
 * compare equal and write out identically.
 *
 * @param targets target weights
 * @param bands drift bands
 * @param costs cost schedules
 * @param restrictions trading restrictions by symbol
 * @param cashPolicy the cash floor
 * @param exposureBasis whether weights measure value or delta-adjusted exposure
 * @param hedges the instrument that closes an underlying's exposure gap, by underlying (BTC to
 *     BTC-PERPETUAL); an underlying not named is traded through its spot instrument
 * @param stressGroups the groups of underlyings that move together in stress scenarios, with their
 *     scan ranges; empty for Keel's default groups (docs/stress.md)
 * @param guard the margin limits no proposal may take an account past
 */
public record Mandate(
    TargetAllocation targets,
    BandPolicy bands,
    CostModel costs,
    Map<String, Restriction> restrictions,
    CashPolicy cashPolicy,
    ExposureBasis exposureBasis,
    Map<String, String> hedges,
    List<StressGroup> stressGroups,
    MarginGuard guard) {

  /** No targets, the default bands, free trading, no restrictions, no floor. */
  public static final Mandate NONE =
      new Mandate(
          TargetAllocation.NONE, BandPolicy.DEFAULT, CostModel.FREE, Map.of(), CashPolicy.NONE);

  /** A mandate on the value basis, with no hedge instruments. */
  public Mandate(
      TargetAllocation targets,
      BandPolicy bands,
      CostModel costs,
      Map<String, Restriction> restrictions,
      CashPolicy cashPolicy) {
    this(targets, bands, costs, restrictions, cashPolicy, ExposureBasis.VALUE, Map.of());
  }

  /** A mandate with Keel's default stress groups. */
  public Mandate(
      TargetAllocation targets,
      BandPolicy bands,
      CostModel costs,
      Map<String, Restriction> restrictions,
      CashPolicy cashPolicy,
      ExposureBasis exposureBasis,
      Map<String, String> hedges) {
    this(
        targets,
        bands,
        costs,
        restrictions,
        cashPolicy,
        exposureBasis,
        hedges,
        List.of(),
        MarginGuard.NONE);
  }

  public Mandate {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(costs, "costs");
    restrictions = Collections.unmodifiableSortedMap(new TreeMap<>(restrictions));
    Objects.requireNonNull(cashPolicy, "cashPolicy");
    Objects.requireNonNull(exposureBasis, "exposureBasis");
    hedges = Collections.unmodifiableSortedMap(new TreeMap<>(hedges));
    stressGroups = List.copyOf(stressGroups);
    Objects.requireNonNull(guard, "guard");
  }
}
