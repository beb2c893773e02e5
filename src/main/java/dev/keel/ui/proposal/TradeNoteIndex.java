package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceWarning;
import dev.keel.engine.rebalance.RebalanceWarning.Crossing;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.export.OrderFormat;
import dev.keel.io.export.VenueCheck;
import dev.keel.model.Account;
import dev.keel.model.Venue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The notes of every trade of a proposal ({@link TradeNotes}), and the trades each warning
 * concerns. A warning concerns the trades of its symbol in its account (every account when it names
 * none); a crossing, the sells of its selling accounts and the buys of its buying ones. A warning
 * without a symbol is about an account or the whole book, and concerns no one trade: it stays in
 * the list of warnings only.
 *
 * <p>A proposal can hold 40,000 trades and hundreds of warnings: the warnings are indexed by symbol
 * and worded once, so each trade looks only at the few warnings of its own symbol. Worked out with
 * the proposal, off the FX thread; it does not change while the proposal is reviewed (a changed
 * quantity changes neither its warnings nor its venue).
 */
final class TradeNoteIndex {
  /** The notes of no proposal. */
  static final TradeNoteIndex EMPTY = new TradeNoteIndex(Map.of(), 0);

  /** A warning as matched: its place in the proposal's list, its sentence, the trades it names. */
  record Indexed(int index, String sentence, Predicate<Trade> concerns) {}

  private final Map<String, List<Indexed>> bySymbol;
  private final Map<String, TradeNotes> byTrade = new HashMap<>();
  private final List<List<String>> tradesByWarning = new ArrayList<>();

  private TradeNoteIndex(Map<String, List<Indexed>> bySymbol, int warnings) {
    this.bySymbol = bySymbol;
    for (int i = 0; i < warnings; i++) {
      tradesByWarning.add(new ArrayList<>());
    }
  }

  /** The notes of every trade of the proposal: one pass over its warnings, one over its trades. */
  static TradeNoteIndex of(Proposal proposal) {
    TradeNoteIndex index =
        new TradeNoteIndex(index(proposal.warnings()), proposal.warnings().size());
    VenueCheck check = new VenueCheck(proposal);
    Map<String, TradeNotes> ofAccount = new HashMap<>();
    for (Trade trade : proposal.trades()) {
      TradeNotes account = ofAccount.computeIfAbsent(trade.account(), a -> ofAccount(check, trade));
      index.byTrade.put(trade.id(), index.match(trade, account, check));
    }
    return index;
  }

  /** The trade's notes: the warnings of its symbol that concern it, then its venue's. */
  private TradeNotes match(Trade trade, TradeNotes account, VenueCheck check) {
    List<String> sentences = new ArrayList<>();
    for (Indexed warning : candidates(trade.symbol())) {
      if (warning.concerns().test(trade)) {
        sentences.add(warning.sentence());
        tradesByWarning.get(warning.index()).add(trade.id());
      }
    }
    sentences.addAll(account.sentences());
    exportRefusal(check, trade, account.venue()).ifPresent(sentences::add);
    return sentences.isEmpty()
        ? account // most trades: no allocation of their own
        : new TradeNotes(account.venue(), account.venueText(), sentences);
  }

  /** The warnings a trade of this symbol is matched against: the few that name the symbol. */
  List<Indexed> candidates(String symbol) {
    return bySymbol.getOrDefault(symbol, List.of());
  }

  /** The warnings that name a symbol, by symbol, each worded once. */
  private static Map<String, List<Indexed>> index(List<RebalanceWarning> warnings) {
    Map<String, List<Indexed>> bySymbol = new HashMap<>();
    for (int i = 0; i < warnings.size(); i++) {
      RebalanceWarning warning = warnings.get(i);
      if (warning.symbol() != null) {
        bySymbol
            .computeIfAbsent(warning.symbol(), s -> new ArrayList<>())
            .add(new Indexed(i, warning.message(), concerns(warning)));
      }
    }
    return bySymbol;
  }

  /** Which trades of the warning's symbol it concerns. */
  private static Predicate<Trade> concerns(RebalanceWarning warning) {
    if (warning.detail() instanceof Crossing crossing) {
      Set<String> selling = Set.copyOf(crossing.selling());
      Set<String> buying = Set.copyOf(crossing.buying());
      return trade -> (trade.side() == Side.SELL ? selling : buying).contains(trade.account());
    }
    String account = warning.account();
    return trade -> account == null || account.equals(trade.account());
  }

  /** The venue of the trade's account, and what the export says of every order of that account. */
  private static TradeNotes ofAccount(VenueCheck check, Trade trade) {
    Optional<Account> account = check.account(trade);
    if (account.isEmpty()) {
      return TradeNotes.NONE;
    }
    Venue venue = account.get().venue();
    OrderFormat format = OrderFormat.byVenue(venue);
    String venueText = venue.displayName() + " (" + venue.id() + "): exported as " + words(format);
    List<String> sentences =
        venue == Venue.OTHER
            ? List.of(
                "Account "
                    + trade.account()
                    + " is at venue other: its orders go to the generic CSV, not a broker's or"
                    + " exchange's own format; give the account its real venue in the file to"
                    + " export them in that venue's format")
            : List.of();
    return new TradeNotes(venue.id(), venueText, sentences);
  }

  /** What the export by venue would refuse about the trade's order, in a sentence. */
  private static Optional<String> exportRefusal(VenueCheck check, Trade trade, String venue) {
    return check
        .refusal(trade)
        .map(
            reason ->
                "The export by venue cannot write this order"
                    + (venue.isEmpty() ? "" : " (" + venue + ")")
                    + ": "
                    + reason);
  }

  private static String words(OrderFormat format) {
    return switch (format) {
      case CCXT -> "a CCXT order list";
      case IBKR -> "an Interactive Brokers basket";
      case GENERIC -> "the generic CSV";
    };
  }

  /** The notes of a trade of the proposal; {@link TradeNotes#NONE} for any other id. */
  TradeNotes of(String tradeId) {
    return byTrade.getOrDefault(tradeId, TradeNotes.NONE);
  }

  /** The ids of the trades the proposal's warning at this place concerns, in proposal order. */
  List<String> tradesConcerned(int warning) {
    return warning < 0 || warning >= tradesByWarning.size()
        ? List.of()
        : List.copyOf(tradesByWarning.get(warning));
  }
}
