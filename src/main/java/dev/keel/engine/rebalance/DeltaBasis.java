package dev.keel.engine.rebalance;

import dev.keel.engine.LineExposures;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.util.List;
import java.util.Map;

/**
 * What the delta basis gives one slice: the exposure its derivatives add to its lines, and the
 * hedging instruments that close those lines' gaps. Nothing on the value basis.
 */
record DeltaBasis(LineExposures exposures, Map<String, HedgeRoute> routes) {
  /** The value basis: no exposure added, every line traded in its spot. */
  static final DeltaBasis NONE = new DeltaBasis(LineExposures.NONE, Map.of());

  DeltaBasis {
    routes = Map.copyOf(routes);
  }

  /** The delta basis of a slice's accounts and positions. */
  static DeltaBasis of(
      Portfolio portfolio, MarketSnapshot market, List<String> accounts, List<Position> held) {
    return new DeltaBasis(
        LineExposures.of(portfolio, market, held),
        HedgeRoutes.of(portfolio, market, accounts, held));
  }
}
