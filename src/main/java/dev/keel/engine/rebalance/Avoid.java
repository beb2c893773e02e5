package dev.keel.engine.rebalance;

import java.util.Map;
import java.util.Set;

/**
 * What a slice's discretionary trades stay away from: lines that other accounts of the household
 * trade the other way. A trade the line's own band calls for is never given up for this; a trade
 * the slice chose among others (a member moved with its class, a calendar or cash-flow share, a
 * sale for cash, an investment of leftover cash) goes to another line, or is left out, instead.
 *
 * <p>Every account's avoid reads the same two maps of the household, so that telling twenty
 * accounts what the others trade copies nothing.
 */
final class Avoid {
  /** Nothing to avoid. */
  static final Avoid NONE = new Avoid(Map.of(), Map.of(), null);

  private final Map<String, Set<String>> buyers;
  private final Map<String, Set<String>> sellers;
  private final String account;
  private final boolean empty;

  /**
   * @param buyers the accounts whose bands make them buy a symbol, by symbol
   * @param sellers the accounts whose bands make them sell a symbol, by symbol
   * @param account the account told what the others trade
   */
  Avoid(Map<String, Set<String>> buyers, Map<String, Set<String>> sellers, String account) {
    this.buyers = buyers;
    this.sellers = sellers;
    this.account = account;
    this.empty = onlyMine(buyers) && onlyMine(sellers);
  }

  /** Whether no other account must trade anything. */
  boolean isEmpty() {
    return empty;
  }

  /** Whether trading the symbol on that side would cross another account's trade. */
  boolean crosses(String symbol, Side side) {
    return byOthers((side == Side.SELL ? buyers : sellers).get(symbol));
  }

  private boolean onlyMine(Map<String, Set<String>> accountsBySymbol) {
    for (Set<String> accounts : accountsBySymbol.values()) {
      if (byOthers(accounts)) {
        return false;
      }
    }
    return true;
  }

  private boolean byOthers(Set<String> accounts) {
    return accounts != null && (accounts.size() > 1 || !accounts.contains(account));
  }
}
