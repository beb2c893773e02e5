package dev.keel.io.export;

import dev.keel.engine.rebalance.Proposal;
import dev.keel.model.Account;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What the order formats look up while they write: the proposal (its id, its portfolio as it was
 * before any trade), the instruments and accounts by id, and the quantity held of each instrument
 * in each account.
 */
final class ExportContext {
  private final Proposal proposal;
  private final Map<String, Instrument> instruments;
  private final Map<String, Account> accounts;

  /** Quantity held by account, then symbol. */
  private final Map<String, Map<String, BigDecimal>> held = new HashMap<>();

  ExportContext(Proposal proposal) {
    this.proposal = proposal;
    this.instruments = proposal.portfolio().instrumentsBySymbol();
    this.accounts = proposal.portfolio().accountsById();
    for (Position position : proposal.portfolio().positions()) {
      held.computeIfAbsent(position.account(), a -> new HashMap<>())
          .merge(position.symbol(), position.quantity(), BigDecimal::add);
    }
  }

  Proposal proposal() {
    return proposal;
  }

  /** The instrument of a symbol the proposal trades; every traded symbol has one. */
  Instrument instrument(String symbol) {
    Instrument instrument = instruments.get(symbol);
    if (instrument == null) {
      throw new IllegalStateException("the proposal trades " + symbol + ", which is no instrument");
    }
    return instrument;
  }

  /** Any instrument of the book, {@code null} when the symbol is none. */
  Instrument instrumentOrNull(String symbol) {
    return instruments.get(symbol);
  }

  /** The account of an id, {@code null} when the portfolio has none. */
  Account account(String id) {
    return accounts.get(id);
  }

  /** The quantity of an instrument the account held before the proposal's trades; 0 for none. */
  BigDecimal held(String account, String symbol) {
    return held.getOrDefault(account, Map.of()).getOrDefault(symbol, BigDecimal.ZERO);
  }
}
