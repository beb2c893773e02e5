package dev.keel.engine.rebalance;

import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.engine.TargetLine;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of one slice on the delta basis: for each underlying the mandate hedges with a named
 * instrument, the target line it counts toward and the slice's account that trades the instrument
 * (one that holds it: its venue lists it). A hedge with no such account, no price or no line is not
 * routed: its line trades its spot.
 *
 * <p>Only instruments the mandate names are ever opened or increased this way, the rule for
 * derivatives until margin is checked (docs/rebalancing.md, "On the delta basis").
 */
final class HedgeRoutes {
  private HedgeRoutes() {}

  /** The routes by target line, in the mandate's order. */
  static Map<String, HedgeRoute> of(
      Portfolio portfolio, MarketSnapshot market, List<String> accounts, List<Position> held) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Map<String, HedgeRoute> routes = new LinkedHashMap<>();
    portfolio
        .hedges()
        .forEach(
            (underlying, symbol) -> {
              Instrument via = instruments.get(symbol);
              TargetLine target = TargetLine.of(instruments, market, underlying);
              String line = target == null ? null : target.line();
              String account = account(accounts, held, via);
              if (via == null
                  || line == null
                  || account == null
                  || via.isAllocated()
                  || !market.prices().containsKey(symbol)
                  || routes.containsKey(line)) {
                return;
              }
              Position one = new Position(account, symbol, BigDecimal.ONE);
              PositionExposure unit =
                  ExposureCalculator.DEFAULT.positions(portfolio, market, List.of(one)).get(0);
              double change = unit.cashDelta() * target.beta();
              if (!Double.isFinite(change) || change == 0) {
                return;
              }
              routes.put(
                  line,
                  new HedgeRoute(
                      line,
                      underlying,
                      via,
                      account,
                      money(change),
                      unit.fundingPerDay() == null ? null : money(unit.fundingPerDay())));
            });
    return routes;
  }

  /**
   * The first of the slice's accounts, in account order, that holds the instrument: an account that
   * does not may be at a venue that does not list it.
   */
  private static String account(List<String> accounts, List<Position> held, Instrument via) {
    if (via == null) {
      return null;
    }
    List<String> holders = new ArrayList<>();
    for (Position position : held) {
      if (position.symbol().equals(via.symbol())) {
        holders.add(position.account());
      }
    }
    for (String account : accounts) {
      if (holders.contains(account)) {
        return account;
      }
    }
    return null;
  }

  private static BigDecimal money(double amount) {
    return BigDecimal.valueOf(amount).setScale(SliceBook.PLANNING_SCALE, RoundingMode.HALF_EVEN);
  }
}
