package dev.keel.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The cost schedules of a portfolio: a default, overridden per account and, more specifically, per
 * instrument.
 *
 * @param defaults schedule used where no override applies
 * @param accounts overrides by account id
 * @param instruments overrides by symbol; these win over account overrides
 */
public record CostModel(
    CostSchedule defaults,
    Map<String, CostSchedule> accounts,
    Map<String, CostSchedule> instruments) {

  /** Free trading everywhere. */
  public static final CostModel FREE = new CostModel(CostSchedule.FREE, Map.of(), Map.of());

  public CostModel {
    Objects.requireNonNull(defaults, "defaults");
    accounts = Collections.unmodifiableSortedMap(new TreeMap<>(accounts));
    instruments = Collections.unmodifiableSortedMap(new TreeMap<>(instruments));
  }

  /** The schedule for an order of the given instrument in the given account. */
  public CostSchedule scheduleFor(String account, String symbol) {
    CostSchedule schedule = instruments.get(symbol);
    if (schedule == null) {
      schedule = accounts.getOrDefault(account, defaults);
    }
    return schedule;
  }
}
