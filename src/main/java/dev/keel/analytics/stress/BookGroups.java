package dev.keel.analytics.stress;

import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stress group of each root underlying a book holds (docs/stress.md): the file's group that
 * names it, else the group that takes the rest of its kind (the file's, or Keel's default of that
 * kind). An underlying's kind: a coin, or anything held at a crypto venue, is crypto; a stock or a
 * fund is equity; an index that is not an instrument (SPX under ES) is index. Cash, fiat and
 * stablecoins are in no group: they do not move.
 */
public final class BookGroups {
  private final Map<String, StressGroup> byUnderlying = new LinkedHashMap<>();
  private final Map<String, StressGroup> byName = new LinkedHashMap<>();

  private BookGroups() {}

  /** The groups of a valid portfolio's held underlyings. */
  public static BookGroups of(Portfolio portfolio) {
    BookGroups groups = new BookGroups();
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Map<String, Account> accounts = portfolio.accountsById();
    Map<String, GroupKind> kinds = new LinkedHashMap<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (position.quantity().signum() == 0 || !moves(instrument)) {
        continue;
      }
      String root = Roots.of(instrument, instruments);
      GroupKind kind = kindOf(instruments.get(root));
      Account account = accounts.get(position.account());
      if (account != null && account.venue() != null && account.venue().isCryptoExchange()) {
        kind = GroupKind.CRYPTO;
      }
      GroupKind before = kinds.get(root);
      kinds.put(root, before == GroupKind.CRYPTO ? before : kind);
    }
    for (var cash : portfolio.cash()) {
      Instrument coin = instruments.get(cash.currency());
      if (coin != null && coin.type() == AssetType.CRYPTO_SPOT) {
        kinds.putIfAbsent(cash.currency(), GroupKind.CRYPTO);
      }
    }
    kinds.forEach((root, kind) -> groups.place(root, kind, portfolio.stressGroups()));
    return groups;
  }

  private void place(String root, GroupKind kind, List<StressGroup> fileGroups) {
    StressGroup group =
        fileGroups.stream()
            .filter(g -> g.underlyings().contains(root))
            .findFirst()
            .or(
                () ->
                    fileGroups.stream()
                        .filter(g -> g.kind() == kind && g.takesTheRestOfItsKind())
                        .findFirst())
            .orElseGet(() -> StressGroup.defaultOf(kind));
    byUnderlying.put(root, group);
    byName.putIfAbsent(group.name(), group);
  }

  private static boolean moves(Instrument instrument) {
    return instrument != null
        && instrument.type() != AssetType.CASH
        && instrument.type() != AssetType.STABLECOIN;
  }

  private static GroupKind kindOf(Instrument root) {
    if (root == null) {
      return GroupKind.INDEX;
    }
    return root.type() == AssetType.CRYPTO_SPOT ? GroupKind.CRYPTO : GroupKind.EQUITY;
  }

  /** The group of a root underlying or a coin; {@code null} for what does not move. */
  public StressGroup groupOf(String underlying) {
    return byUnderlying.get(underlying);
  }

  /** The groups the book's underlyings are in, in the order they are first held. */
  public List<StressGroup> groups() {
    return List.copyOf(byName.values());
  }

  /** The group with this name among the book's, or {@code null}. */
  public StressGroup named(String name) {
    return byName.get(name);
  }

  /** The underlyings of each group, by group name. */
  public Map<String, List<String>> members() {
    Map<String, List<String>> members = new LinkedHashMap<>();
    byUnderlying.forEach(
        (root, group) -> members.computeIfAbsent(group.name(), k -> new ArrayList<>()).add(root));
    members.replaceAll((name, roots) -> Collections.unmodifiableList(roots));
    return Collections.unmodifiableMap(members);
  }
}
