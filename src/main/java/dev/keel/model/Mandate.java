package dev.keel.model;

import java.util.Collections;
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
 */
public record Mandate(
    TargetAllocation targets,
    BandPolicy bands,
    CostModel costs,
    Map<String, Restriction> restrictions,
    CashPolicy cashPolicy) {

  /** No targets, the default bands, free trading, no restrictions, no floor. */
  public static final Mandate NONE =
      new Mandate(
          TargetAllocation.NONE, BandPolicy.DEFAULT, CostModel.FREE, Map.of(), CashPolicy.NONE);

  public Mandate {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(costs, "costs");
    restrictions = Collections.unmodifiableSortedMap(new TreeMap<>(restrictions));
    Objects.requireNonNull(cashPolicy, "cashPolicy");
  }
}
