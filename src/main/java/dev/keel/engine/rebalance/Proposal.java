package dev.keel.engine.rebalance;

import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine proposes for a portfolio under some settings: the trades in the order they should
 * be sent (sells before buys in each account), the warnings for what could not be done, and the
 * cash flows it settles.
 *
 * @param id identifies the proposal in every order sent from it, so fills can be traced back; the
 *     same portfolio and settings always give the same id
 * @param portfolio the portfolio as it was before any trade
 * @param market the market data the proposal was made with, which prices its trades
 * @param settings the settings it was made with
 * @param trades proposed trades, ids {@code T1..Tn} in this order
 * @param warnings what could not be done, and why
 * @param cashFlows deposit (positive) or withdrawal (negative) by account, as applied, base
 *     currency; a withdrawal may be smaller than asked (see the warnings)
 */
public record Proposal(
    String id,
    Portfolio portfolio,
    MarketSnapshot market,
    RebalanceSettings settings,
    List<Trade> trades,
    List<RebalanceWarning> warnings,
    Map<String, BigDecimal> cashFlows) {

  public Proposal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(settings, "settings");
    trades = List.copyOf(trades);
    warnings = List.copyOf(warnings);
    cashFlows = Map.copyOf(cashFlows);
  }

  /** The trade with the given id. */
  public Optional<Trade> trade(String tradeId) {
    return trades.stream().filter(t -> t.id().equals(tradeId)).findFirst();
  }

  /** What the book looks like if every proposed trade is made. */
  public Outcome outcome() {
    return Outcome.of(portfolio, market, trades, cashFlows);
  }
}
