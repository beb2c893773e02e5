package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which holding of an instrument sells first when several accounts hold it (and, once Keel knows
 * tax lots, which lot). Today accounts sell in the order of the portfolio file.
 */
interface SellPriority {
  /** Accounts in the order of the file. */
  SellPriority FILE_ORDER = holdings -> List.copyOf(holdings.entrySet());

  /**
   * The holdings of one instrument, account by account, in the order they are sold from.
   *
   * @param holdings quantity held by account, in the slice's account order
   */
  List<Map.Entry<String, BigDecimal>> order(Map<String, BigDecimal> holdings);
}
