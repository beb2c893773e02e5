package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trades that cross within a household: one account sells a line another buys. They cost
 * commissions twice and invite wash sales. In household scope the engine never makes them; in
 * account scope each account follows the targets on its own, so they can arise: the slices whose
 * crossing trades were their own choice run again avoiding them (see {@link Avoid}), and every
 * crossing left is named in a warning.
 */
final class Crossings {
  private Crossings() {}

  /**
   * Whether the slice chose the trade among others, rather than the line's own band calling for it.
   */
  static boolean discretionary(PlannedOrder order) {
    return !(order.reason instanceof Reason.LineOffTarget line && line.breached());
  }

  /** For each account with a discretionary trade that crosses another account's, what to avoid. */
  static Map<String, Avoid> avoid(List<PlannedOrder> orders) {
    Map<String, Set<String>> sellers = accountsBySymbol(orders, Side.SELL);
    Map<String, Set<String>> buyers = accountsBySymbol(orders, Side.BUY);
    Map<String, Set<String>> noSell = new LinkedHashMap<>();
    Map<String, Set<String>> noBuy = new LinkedHashMap<>();
    for (PlannedOrder order : orders) {
      String symbol = order.instrument.symbol();
      Map<String, Set<String>> other = order.side == Side.SELL ? buyers : sellers;
      Set<String> others = new HashSet<>(other.getOrDefault(symbol, Set.of()));
      others.remove(order.account);
      if (discretionary(order) && !others.isEmpty()) {
        (order.side == Side.SELL ? noSell : noBuy)
            .computeIfAbsent(order.account, a -> new HashSet<>())
            .add(symbol);
      }
    }
    Map<String, Avoid> avoid = new HashMap<>();
    Set<String> accounts = new LinkedHashSet<>(noSell.keySet());
    accounts.addAll(noBuy.keySet());
    for (String account : accounts) {
      avoid.put(
          account,
          new Avoid(noSell.getOrDefault(account, Set.of()), noBuy.getOrDefault(account, Set.of())));
    }
    return avoid;
  }

  /** A warning for every line one account sells and another buys, by symbol. */
  static List<RebalanceWarning> warnings(List<PlannedOrder> orders) {
    Map<String, Set<String>> sellers = accountsBySymbol(orders, Side.SELL);
    Map<String, Set<String>> buyers = accountsBySymbol(orders, Side.BUY);
    List<RebalanceWarning> warnings = new ArrayList<>();
    new TreeMap<>(sellers)
        .forEach(
            (symbol, selling) -> {
              Set<String> buying = buyers.get(symbol);
              if (buying != null) {
                warnings.add(
                    new RebalanceWarning(
                        Kind.CROSSING,
                        null,
                        symbol,
                        new RebalanceWarning.Crossing(List.copyOf(selling), List.copyOf(buying))));
              }
            });
    return warnings;
  }

  private static Map<String, Set<String>> accountsBySymbol(List<PlannedOrder> orders, Side side) {
    Map<String, Set<String>> accounts = new HashMap<>();
    for (PlannedOrder order : orders) {
      if (order.side == side) {
        accounts
            .computeIfAbsent(order.instrument.symbol(), s -> new LinkedHashSet<>())
            .add(order.account);
      }
    }
    return accounts;
  }
}
