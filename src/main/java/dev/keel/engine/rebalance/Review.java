package dev.keel.engine.rebalance;

import dev.keel.engine.Valuation;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's review of a proposal: each trade pending, approved or rejected, possibly with a
 * changed quantity. Immutable: every decision returns a new review. Only approved trades count in
 * the outcome and are ever exported.
 */
public final class Review {

  /** Where a trade stands. */
  public enum Decision {
    PENDING,
    APPROVED,
    REJECTED
  }

  /**
   * The result of changing a quantity: the new review, or the unchanged one and the reason.
   *
   * @param review the review after the change (the same review when refused)
   * @param error why the change was refused, empty when it was made
   */
  public record Change(Review review, Optional<String> error) {}

  private final Proposal proposal;
  private final Map<String, Trade> trades;
  private final Map<String, Decision> decisions;

  private Review(Proposal proposal, Map<String, Trade> trades, Map<String, Decision> decisions) {
    this.proposal = proposal;
    this.trades = trades;
    this.decisions = decisions;
  }

  /** A review of a proposal with every trade pending. */
  public static Review of(Proposal proposal) {
    Decision[] pending = new Decision[proposal.trades().size()];
    Arrays.fill(pending, Decision.PENDING);
    return withDecisions(proposal, pending);
  }

  /**
   * A review of a proposal with the given decisions, one for each trade in proposal order (for
   * {@link ReviewCarryOver}).
   */
  static Review withDecisions(Proposal proposal, Decision[] given) {
    List<Trade> all = proposal.trades();
    Map<String, Trade> trades = new LinkedHashMap<>(all.size() * 2);
    Map<String, Decision> decisions = new LinkedHashMap<>(all.size() * 2);
    for (int i = 0; i < all.size(); i++) {
      Trade trade = all.get(i);
      trades.put(trade.id(), trade);
      decisions.put(trade.id(), given[i]);
    }
    return new Review(proposal, trades, decisions);
  }

  public Proposal proposal() {
    return proposal;
  }

  /** Every trade, as possibly resized, in proposal order. */
  public List<Trade> trades() {
    return List.copyOf(trades.values());
  }

  /** A trade as it stands in the review (with any changed quantity). */
  public Trade trade(String tradeId) {
    require(tradeId);
    return trades.get(tradeId);
  }

  /** The decision on a trade. */
  public Decision decision(String tradeId) {
    return require(tradeId);
  }

  /** The approved trades, in proposal order. */
  public List<Trade> approvedTrades() {
    return trades.values().stream()
        .filter(t -> decisions.get(t.id()) == Decision.APPROVED)
        .toList();
  }

  /** How many trades have the given decision. */
  public long count(Decision decision) {
    return decisions.values().stream().filter(d -> d == decision).count();
  }

  /** Approves one trade. */
  public Review approve(String tradeId) {
    return decide(tradeId, Decision.APPROVED);
  }

  /** Rejects one trade. */
  public Review reject(String tradeId) {
    return decide(tradeId, Decision.REJECTED);
  }

  /**
   * Gives the same decision to every trade named, in one new review (a thousand trades decided
   * together are one change, not a thousand).
   */
  public Review decide(Collection<String> tradeIds, Decision decision) {
    Map<String, Decision> copy = new LinkedHashMap<>(decisions);
    for (String tradeId : tradeIds) {
      require(tradeId);
      copy.put(tradeId, decision);
    }
    return new Review(proposal, trades, copy);
  }

  /** Approves every trade. */
  public Review approveAll() {
    return decideAll(Decision.APPROVED);
  }

  /** Rejects every trade. */
  public Review rejectAll() {
    return decideAll(Decision.REJECTED);
  }

  private Review decide(String tradeId, Decision decision) {
    require(tradeId);
    Map<String, Decision> copy = new LinkedHashMap<>(decisions);
    copy.put(tradeId, decision);
    return new Review(proposal, trades, copy);
  }

  private Review decideAll(Decision decision) {
    Map<String, Decision> copy = new LinkedHashMap<>();
    decisions.keySet().forEach(id -> copy.put(id, decision));
    return new Review(proposal, trades, copy);
  }

  private Decision require(String tradeId) {
    Decision decision = decisions.get(tradeId);
    if (decision == null) {
      throw new IllegalArgumentException("no trade " + tradeId + " in " + proposal.id());
    }
    return decision;
  }

  /**
   * Changes a trade's quantity, checked again by the rules the engine sized it with ({@link
   * OrderRules}: whole lots, the exchange minimums, the minimum trade, no more than is held), and
   * against the account's cash floor with every approved trade. A refused change leaves the review
   * as it was and says why.
   */
  public Change changeQuantity(String tradeId, BigDecimal quantity) {
    require(tradeId);
    Trade trade = trades.get(tradeId);
    Portfolio portfolio = proposal.portfolio();
    Instrument instrument = portfolio.instrumentsBySymbol().get(trade.symbol());
    Valuation valuation = Valuation.of(portfolio, proposal.market());
    Optional<String> error = checkQuantity(trade, instrument, quantity, valuation);
    if (error.isPresent()) {
      return new Change(this, error);
    }
    Trade resized = new TradePricing(portfolio, valuation).resize(trade, instrument, quantity);
    Map<String, Trade> copy = new LinkedHashMap<>(trades);
    copy.put(tradeId, resized);
    Review changed = new Review(proposal, copy, decisions);
    // A change that newly breaks the cash floor (a bigger buy, a smaller sell) is refused.
    Optional<String> cashBefore = cashProblemIfApproved(tradeId);
    Optional<String> cashAfter = changed.cashProblemIfApproved(tradeId);
    if (cashAfter.isPresent() && cashBefore.isEmpty()) {
      return new Change(this, cashAfter);
    }
    return new Change(changed, Optional.empty());
  }

  private Optional<String> checkQuantity(
      Trade trade, Instrument instrument, BigDecimal quantity, Valuation valuation) {
    if (quantity == null) {
      return Optional.of(Wording.NOT_POSITIVE);
    }
    OrderRules rules =
        new OrderRules(
            valuation,
            new Money(proposal.settings().minTradeNotional(), proposal.portfolio().baseCurrency()));
    return rules
        .check(
            trade.account(),
            instrument,
            trade.side(),
            quantity,
            held(trade.account(), instrument.symbol()))
        .map(Wording::violation);
  }

  private BigDecimal held(String account, String symbol) {
    BigDecimal held = BigDecimal.ZERO;
    for (Position position : proposal.portfolio().positions()) {
      if (position.account().equals(account) && position.symbol().equals(symbol)) {
        held = held.add(position.quantity());
      }
    }
    return held;
  }

  private Optional<String> cashProblemIfApproved(String tradeId) {
    return decide(tradeId, Decision.APPROVED).cashProblem(trades.get(tradeId).account());
  }

  /**
   * Why the approved trades would take an account's cash (less the slippage on its buys) below the
   * cash floor, or empty when they do not.
   */
  public Optional<String> cashProblem(String account) {
    return cashProblem(account, approvedTrades());
  }

  private Optional<String> cashProblem(String account, List<Trade> approved) {
    BigDecimal floor = proposal.portfolio().cashPolicy().minimumAmount();
    BigDecimal after = Outcome.accountCash(proposal, approved, account);
    BigDecimal reserve = BigDecimal.ZERO;
    for (Trade trade : approved) {
      if (trade.account().equals(account) && trade.side() == Side.BUY) {
        reserve = reserve.add(trade.slippageBase());
      }
    }
    BigDecimal before = Outcome.accountCash(proposal, List.of(), account);
    BigDecimal left = after.subtract(reserve);
    if (left.compareTo(floor) >= 0 || left.compareTo(before) >= 0) {
      return Optional.empty();
    }
    String currency = proposal.portfolio().baseCurrency();
    return Optional.of(
        Wording.belowFloorAfterTrades(
            account, new Money(left, currency), new Money(floor, currency)));
  }

  /** Every account whose cash the approved trades take below the floor, with the reason. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    List<Trade> approved = approvedTrades();
    for (var account : proposal.portfolio().accounts()) {
      cashProblem(account.id(), approved).ifPresent(problems::add);
    }
    return problems;
  }

  /** What the book looks like after the approved trades. */
  public Outcome outcome() {
    return Outcome.of(
        proposal.portfolio(), proposal.market(), approvedTrades(), proposal.cashFlows());
  }
}
