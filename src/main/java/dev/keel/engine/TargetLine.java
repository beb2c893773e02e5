package dev.keel.engine;

import dev.keel.model.Instrument;
import dev.keel.model.market.IndexUnderlying;
import dev.keel.model.market.MarketSnapshot;
import java.util.Map;

/**
 * The target line the exposure to an underlying counts toward on the delta basis, and the beta it
 * counts with: a spot instrument of the allocation is its own line, at 1; an index of the
 * snapshot's underlyings counts toward the line it names, at its beta (SPX toward SPY at 1). One
 * rule for the drift, which adds derivatives' exposure to lines, and for the rebalancer, which
 * closes a line's gap through a hedge.
 *
 * @param line the allocated instrument whose line takes the exposure
 * @param beta how much of the underlying's cash delta the line takes
 */
public record TargetLine(String line, double beta) {
  /**
   * The line {@code underlying} counts toward, or {@code null} when none takes it (an underlying
   * that is neither allocated nor mapped, whose exposure the drift warns of).
   */
  public static TargetLine of(
      Map<String, Instrument> instruments, MarketSnapshot market, String underlying) {
    Instrument spot = instruments.get(underlying);
    if (spot != null && spot.isAllocated()) {
      return new TargetLine(underlying, 1);
    }
    IndexUnderlying index = market.underlyings().get(underlying);
    return index == null || index.line() == null
        ? null
        : new TargetLine(index.line(), index.beta().doubleValue());
  }
}
