package dev.keel.archprobe.model.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Legal: market data of one instant, a model value of JDK types only. */
public record Snapshot(Map<String, BigDecimal> prices, Instant asOf) {
  public Snapshot {
    prices = Map.copyOf(prices);
  }
}
