package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many lines a proposal weighs, counted before any is: in household scope the book's
 * instruments, in account scope each account's (what it holds, and what the targets give it that it
 * can buy, as {@link SliceBook} draws its universe). Every weighed line may become a trade and
 * costs memory through the proposal and its export, so past {@link #MAX_LINES} the request is
 * refused with what to do, instead of running out of memory: a book of 200,000 positions whose
 * twenty accounts each follow a 40,000-instrument model weighs 800,000 lines in account scope.
 */
final class ProposalSize {
  /** Most lines one proposal weighs: about 200,000 trades fit in the window's 512 MB. */
  static final int MAX_LINES = 200_000;

  private ProposalSize() {}

  /** Why the request weighs too many lines, or empty when it does not. */
  static Optional<String> refusal(Portfolio portfolio, RebalanceSettings settings) {
    if (settings.scope() == Scope.HOUSEHOLD) {
      return Optional.empty(); // at most the book's instruments, which the file's limits bound
    }
    long most = (long) portfolio.accounts().size() * portfolio.instruments().size();
    if (most <= MAX_LINES) {
      return Optional.empty(); // no account can weigh more than every instrument: no need to count
    }
    long lines = accountScopeLines(portfolio);
    return lines > MAX_LINES
        ? Optional.of(Wording.tooManyLines(lines, portfolio.accounts().size(), MAX_LINES))
        : Optional.empty();
  }

  /** The lines of every account's universe in account scope. */
  static long accountScopeLines(Portfolio portfolio) {
    TargetWeights targets = new TargetWeights(portfolio);
    Map<AssetType, Integer> targetedByType = new EnumMap<>(AssetType.class);
    Set<String> targeted = new HashSet<>();
    int allTargeted = 0;
    for (Instrument instrument : portfolio.instruments()) {
      if (instrument.isAllocated() && targets.ofInstrument(instrument).signum() > 0) {
        targetedByType.merge(instrument.type(), 1, Integer::sum);
        targeted.add(instrument.symbol());
        allTargeted++;
      }
    }
    Map<String, Instrument> bySymbol = portfolio.instrumentsBySymbol();
    Map<String, Set<String>> held = new HashMap<>();
    Map<String, Set<AssetType>> heldTypes = new HashMap<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = bySymbol.get(position.symbol());
      if (instrument != null && instrument.isAllocated()) {
        held.computeIfAbsent(position.account(), a -> new HashSet<>()).add(position.symbol());
        heldTypes
            .computeIfAbsent(position.account(), a -> EnumSet.noneOf(AssetType.class))
            .add(instrument.type());
      }
    }
    long lines = 0;
    for (var account : portfolio.accounts()) {
      Set<String> holds = held.getOrDefault(account.id(), Set.of());
      Set<AssetType> types = heldTypes.get(account.id());
      if (types == null) {
        lines += allTargeted; // an account that holds nothing may buy every target
        continue;
      }
      long buyable = 0;
      for (AssetType type : types) {
        buyable += targetedByType.getOrDefault(type, 0);
      }
      long heldAndTargeted = holds.stream().filter(targeted::contains).count();
      lines += holds.size() + buyable - heldAndTargeted;
    }
    return lines;
  }
}
