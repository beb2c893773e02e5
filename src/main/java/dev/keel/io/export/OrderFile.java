package dev.keel.io.export;

import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Venue;
import java.util.List;
import java.util.Objects;

/**
 * One orders file of an export: its name, its format, the venue and accounts it is for, and the
 * approved trades it holds, in proposal order.
 *
 * @param name the file's name, without its folder
 * @param format the order format of the file
 * @param venue the venue of every account it covers, or {@code null} when they are at several
 * @param accounts the accounts the file covers, in the order of the portfolio; the trades are
 *     theirs (an account without an approved trade is covered all the same)
 * @param trades the approved trades it holds, in proposal order
 */
public record OrderFile(
    String name, OrderFormat format, Venue venue, List<String> accounts, List<Trade> trades) {
  public OrderFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    accounts = List.copyOf(accounts);
    trades = List.copyOf(trades);
  }

  /** How many orders the file holds. */
  public int orders() {
    return trades.size();
  }

  /** The same file under another name. */
  public OrderFile withName(String newName) {
    return new OrderFile(newName, format, venue, accounts, trades);
  }
}
