package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trades that cross within a household: one account sells a line another buys. They cost
 * commissions twice and invite wash sales. In household scope the engine never makes them; in
 * account scope each account follows the targets on its own, so they can arise: once every account
 * has chosen its lines, each is told what the others' bands make them trade, and its own choices
 * stay away from those where its targets allow (see {@link Avoid}); every crossing left is named in
 * a warning.
 */
final class Crossings {
  private Crossings() {}

  /**
   * For each account, what its own choices should stay away from: the lines other accounts' bands
   * make them trade the other way.
   *
   * @param accounts the account of each slice (account scope: one slice per account)
   * @param required what each slice's own bands make it trade, by symbol, in the same order
   */
  static Map<String, Avoid> avoid(List<String> accounts, List<Map<String, Side>> required) {
    Map<String, Set<String>> mustBuy = new HashMap<>();
    Map<String, Set<String>> mustSell = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      String account = accounts.get(i);
      required
          .get(i)
          .forEach(
              (symbol, side) ->
                  (side == Side.BUY ? mustBuy : mustSell)
                      .computeIfAbsent(symbol, s -> new HashSet<>())
                      .add(account));
    }
    Map<String, Avoid> avoid = new HashMap<>();
    for (String account : accounts) {
      Avoid own = new Avoid(mustBuy, mustSell, account);
      if (!own.isEmpty()) {
        avoid.put(account, own);
      }
    }
    return avoid;
  }

  /** A warning for every line one account sells and another buys, by symbol. */
  static List<RebalanceWarning> warnings(List<PlannedOrder> orders) {
    Map<String, Integer> sides = new HashMap<>();
    for (PlannedOrder order : orders) {
      sides.merge(order.instrument.symbol(), order.side == Side.SELL ? 1 : 2, (a, b) -> a | b);
    }
    Set<String> crossing = new HashSet<>();
    sides.forEach(
        (symbol, mask) -> {
          if (mask == 3) {
            crossing.add(symbol);
          }
        });
    if (crossing.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> selling = new HashMap<>();
    Map<String, Set<String>> buying = new HashMap<>();
    for (PlannedOrder order : orders) {
      String symbol = order.instrument.symbol();
      if (crossing.contains(symbol)) {
        (order.side == Side.SELL ? selling : buying)
            .computeIfAbsent(symbol, s -> new LinkedHashSet<>())
            .add(order.account);
      }
    }
    List<RebalanceWarning> warnings = new ArrayList<>();
    for (String symbol : new TreeSet<>(crossing)) {
      warnings.add(
          new RebalanceWarning(
              Kind.CROSSING,
              null,
              symbol,
              new RebalanceWarning.Crossing(
                  List.copyOf(selling.get(symbol)), List.copyOf(buying.get(symbol)))));
    }
    return warnings;
  }
}
