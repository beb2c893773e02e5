package dev.keel.engine.rebalance;

import dev.keel.engine.Valuation;
import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardCheck;
import dev.keel.model.Account;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rebalancer with the margin guard on (docs/margin.md, "The guard"): a margin account that
 * breaks a limit of the guard is first brought back within it by de-risking trades ({@link
 * DeRisking}), the book so de-risked is rebalanced, and each rebalancing trade of a margin account
 * is then kept whole, cut to the largest number of lots that keeps the account within its guard, or
 * dropped with a warning; a trade of an account still past its guard is kept only if it does not
 * make that worse. Cash accounts are rebalanced as without the guard. Stateless.
 */
public final class GuardedRebalancer {
  private GuardedRebalancer() {}

  /** The guarded proposal for a valid portfolio under its own market snapshot. */
  public static Proposal propose(
      Portfolio portfolio, RebalanceSettings settings, MarginGuard limits) {
    return propose(portfolio, portfolio.market(), settings, limits);
  }

  /**
   * The guarded proposal under {@code market}; the unguarded one when no limit is set or no account
   * is on margin.
   *
   * @throws IllegalArgumentException when the rebalancer finds the request impossible
   */
  public static Proposal propose(
      Portfolio portfolio, MarketSnapshot market, RebalanceSettings settings, MarginGuard limits) {
    boolean anyMargined = portfolio.accounts().stream().anyMatch(a -> a.margin().isMargined());
    if (!limits.isSet() || !anyMargined) {
      return Rebalancer.DEFAULT.propose(portfolio, market, settings);
    }
    Portfolio valued = portfolio.toBuilder().market(market).build();
    TradePricing pricing = new TradePricing(portfolio, Valuation.of(portfolio, market));
    DeRisking.Result derisked = new DeRisking(valued, limits, pricing).run();
    Proposal inner = Rebalancer.DEFAULT.propose(derisked.after(), market, settings);
    List<RebalanceWarning> warnings = new ArrayList<>(derisked.warnings());
    List<Trade> trades = new ArrayList<>(derisked.trades());
    trades.addAll(keepWithin(derisked.after(), inner.trades(), limits, pricing, warnings));
    warnings.addAll(inner.warnings());
    List<Trade> numbered = numbered(trades);
    return new Proposal(
        Rebalancer.proposalId(portfolio, market, settings, numbered),
        portfolio,
        market,
        settings,
        numbered,
        warnings,
        inner.cashFlows());
  }

  /**
   * A proposal of other trades (a hedge's) with each trade of a margin account kept, cut or dropped
   * as a rebalancing trade is, so that no account ends further past its guard; the proposal as it
   * was when no limit is set or no account is on margin.
   */
  public static Proposal keepWithinGuard(Proposal proposal, MarginGuard limits) {
    Portfolio portfolio = proposal.portfolio();
    boolean anyMargined = portfolio.accounts().stream().anyMatch(a -> a.margin().isMargined());
    if (!limits.isSet() || !anyMargined) {
      return proposal;
    }
    MarketSnapshot market = proposal.market();
    TradePricing pricing = new TradePricing(portfolio, Valuation.of(portfolio, market));
    List<RebalanceWarning> warnings = new ArrayList<>();
    List<Trade> kept =
        keepWithin(
            portfolio.toBuilder().market(market).build(),
            proposal.trades(),
            limits,
            pricing,
            warnings);
    warnings.addAll(proposal.warnings());
    List<Trade> numbered = numbered(kept);
    return new Proposal(
        Rebalancer.proposalId(portfolio, market, proposal.settings(), numbered),
        portfolio,
        market,
        proposal.settings(),
        numbered,
        warnings,
        proposal.cashFlows());
  }

  /** The trades kept whole, cut or dropped in order from {@code start}, drops warned about. */
  private static List<Trade> keepWithin(
      Portfolio start,
      List<Trade> trades,
      MarginGuard limits,
      TradePricing pricing,
      List<RebalanceWarning> warnings) {
    List<Trade> kept = new ArrayList<>();
    Map<String, Double> shortfalls = new HashMap<>();
    Portfolio current = start;
    for (Trade trade : trades) {
      Account account = start.accountsById().get(trade.account());
      if (!account.margin().isMargined()) {
        kept.add(trade);
        continue;
      }
      // the account's shortfall carried from trade to trade: a margin run with a shock each
      double before =
          shortfalls.computeIfAbsent(trade.account(), id -> shortfall(start, id, limits));
      Guarded guarded = guard(current, trade, limits, pricing, before);
      if (guarded.trade == null) {
        warnings.add(
            new RebalanceWarning(
                RebalanceWarning.Kind.GUARD,
                trade.account(),
                trade.symbol(),
                new RebalanceWarning.GuardDropped(
                    new RebalanceWarning.OrderFigures(
                        trade.account(), trade.side(), trade.quantity(), trade.symbol()),
                    guarded.wouldBreak)));
        continue;
      }
      kept.add(guarded.trade);
      current = guarded.after;
      shortfalls.put(trade.account(), guarded.shortfallAfter);
    }
    return kept;
  }

  private static List<Trade> numbered(List<Trade> trades) {
    List<Trade> numbered = new ArrayList<>();
    for (Trade trade : trades) {
      numbered.add(withId(trade, "T" + (numbered.size() + 1)));
    }
    return numbered;
  }

  /** A trade as the guard lets it through: whole, cut ({@code trade} resized) or dropped. */
  private record Guarded(
      Trade trade, Portfolio after, List<GuardBreach> wouldBreak, double shortfallAfter) {}

  private static Guarded guard(
      Portfolio current, Trade trade, MarginGuard limits, TradePricing pricing, double before) {
    Portfolio whole = Outcome.apply(current, List.of(trade), Map.of());
    List<GuardBreach> breaches =
        GuardCheck.breaches(GuardCheck.account(whole, trade.account()), limits);
    double wholeShortfall = GuardCheck.shortfall(breaches);
    if (wholeShortfall <= before + 1e-12) {
      return new Guarded(trade, whole, List.of(), wholeShortfall);
    }
    Instrument instrument = current.instrumentsBySymbol().get(trade.symbol());
    BigDecimal lot = instrument.lotStep();
    long lots = trade.quantity().divide(lot, 0, RoundingMode.FLOOR).longValueExact();
    // the most lots that keep the account no worse: the figures get worse with size
    long low = 0;
    long high = lots - 1;
    while (low < high) {
      long mid = (low + high + 1) / 2;
      Trade smaller = pricing.resize(trade, instrument, lot.multiply(BigDecimal.valueOf(mid)));
      Portfolio after = Outcome.apply(current, List.of(smaller), Map.of());
      if (shortfall(after, trade.account(), limits) <= before + 1e-12) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    if (low == 0) {
      return new Guarded(null, current, breaches, before);
    }
    Trade reasoned =
        pricing.trade(
            trade.id(),
            trade.account(),
            instrument,
            trade.side(),
            lot.multiply(BigDecimal.valueOf(low)),
            trade.purpose(),
            new Reason.GuardCut(trade.reason(), trade.quantity(), breaches));
    Portfolio after = Outcome.apply(current, List.of(reasoned), Map.of());
    return new Guarded(reasoned, after, breaches, shortfall(after, trade.account(), limits));
  }

  private static double shortfall(Portfolio portfolio, String account, MarginGuard limits) {
    return GuardCheck.shortfall(
        GuardCheck.breaches(GuardCheck.account(portfolio, account), limits));
  }

  private static Trade withId(Trade trade, String id) {
    return new Trade(
        id,
        trade.account(),
        trade.symbol(),
        trade.side(),
        trade.quantity(),
        trade.price(),
        trade.currency(),
        trade.notional(),
        trade.notionalBase(),
        trade.fee(),
        trade.feeBase(),
        trade.slippageBase(),
        trade.purpose(),
        trade.reason());
  }
}
