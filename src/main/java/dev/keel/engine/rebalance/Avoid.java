package dev.keel.engine.rebalance;

import java.util.Set;

/**
 * What a slice's discretionary trades stay away from: lines that other accounts of the household
 * trade the other way. A trade the line's own band calls for is never given up for this; a trade
 * the slice chose among others (a member moved with its class, a calendar or cash-flow share, a
 * sale for cash, an investment of leftover cash) goes to another line, or is left out, instead.
 *
 * @param noSell symbols other accounts buy
 * @param noBuy symbols other accounts sell
 */
record Avoid(Set<String> noSell, Set<String> noBuy) {
  /** Nothing to avoid. */
  static final Avoid NONE = new Avoid(Set.of(), Set.of());

  Avoid {
    noSell = Set.copyOf(noSell);
    noBuy = Set.copyOf(noBuy);
  }

  boolean isEmpty() {
    return noSell.isEmpty() && noBuy.isEmpty();
  }

  /** Whether trading the symbol on that side would cross another account's trade. */
  boolean crosses(String symbol, Side side) {
    return side == Side.SELL ? noSell.contains(symbol) : noBuy.contains(symbol);
  }
}
