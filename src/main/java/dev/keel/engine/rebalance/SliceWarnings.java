package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.RebalanceWarning.Detail;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings one slice gives, in the order given: each names the slice's account when the slice
 * is one account, and the whole book otherwise.
 */
final class SliceWarnings {
  private final String account;
  private final List<RebalanceWarning> given = new ArrayList<>();

  SliceWarnings(List<String> accounts) {
    this.account = accounts.size() == 1 ? accounts.get(0) : null;
  }

  void warn(Kind kind, String symbol, Detail detail) {
    given.add(new RebalanceWarning(kind, account, symbol, detail));
  }

  /** A warning about one account of the slice, which names it even in household scope. */
  void warnAbout(String accountId, Kind kind, String symbol, Detail detail) {
    given.add(new RebalanceWarning(kind, accountId, symbol, detail));
  }

  List<RebalanceWarning> all() {
    return List.copyOf(given);
  }
}
