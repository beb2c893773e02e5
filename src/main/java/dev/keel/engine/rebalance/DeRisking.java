package dev.keel.engine.rebalance;

import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardCheck;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Restriction;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trades that bring a margin account back within its guard before any rebalancing trade
 * (docs/margin.md, "The guard"). Step by step, each of the account's positions is tried reduced by
 * a quarter (at least a lot), and the one that makes the broken figures better by the most per unit
 * of exposure traded is reduced; a loan is repaid from the account's stablecoins the same way,
 * selling them being one of the trials. It stops once the guard holds, or when no trial makes it
 * better (then a warning says what is still broken).
 */
final class DeRisking {
  /** The share of a position one step reduces. */
  private static final BigDecimal STEP = new BigDecimal("0.25");

  /** A bound on the steps per account: 4 steps of a quarter close a position. */
  private static final int MOST_STEPS = 400;

  /**
   * What de-risking did.
   *
   * @param after the portfolio once its trades are made
   * @param trades the de-risking trades, one per account and instrument, ids {@code D1..}
   * @param warnings accounts it could not bring within their guard
   */
  record Result(Portfolio after, List<Trade> trades, List<RebalanceWarning> warnings) {}

  private final Portfolio portfolio;
  private final MarginGuard limits;
  private final TradePricing pricing;

  DeRisking(Portfolio portfolio, MarginGuard limits, TradePricing pricing) {
    this.portfolio = portfolio;
    this.limits = limits;
    this.pricing = pricing;
  }

  Result run() {
    Portfolio current = portfolio;
    List<Trade> trades = new ArrayList<>();
    List<RebalanceWarning> warnings = new ArrayList<>();
    for (var account : portfolio.accounts()) {
      List<GuardBreach> before =
          GuardCheck.breaches(GuardCheck.account(current, account.id()), limits);
      if (before.isEmpty()) {
        continue;
      }
      Map<String, BigDecimal> reduced = new LinkedHashMap<>();
      List<GuardBreach> still = before;
      for (int step = 0; step < MOST_STEPS && !still.isEmpty(); step++) {
        Trial best = bestTrial(current, account.id(), still);
        if (best == null) {
          break;
        }
        current = best.after;
        reduced.merge(best.trade.symbol(), best.trade.quantity(), BigDecimal::add);
        still = best.breaches;
      }
      for (Map.Entry<String, BigDecimal> entry : reduced.entrySet()) {
        Instrument instrument = portfolio.instrumentsBySymbol().get(entry.getKey());
        trades.add(
            pricing.trade(
                "D" + (trades.size() + 1),
                account.id(),
                instrument,
                sideToReduce(account.id(), entry.getKey()),
                entry.getValue(),
                Trade.Purpose.DE_RISK,
                new Reason.DeRisk(entry.getKey(), before, still)));
      }
      if (!still.isEmpty()) {
        warnings.add(
            new RebalanceWarning(
                RebalanceWarning.Kind.GUARD,
                account.id(),
                null,
                new RebalanceWarning.GuardStillBroken(still)));
      }
    }
    return new Result(current, trades, warnings);
  }

  /** A position reduced by one step, and the account's breaches after it. */
  private record Trial(Trade trade, Portfolio after, List<GuardBreach> breaches, double gain) {}

  private Trial bestTrial(Portfolio current, String account, List<GuardBreach> still) {
    double shortfall = GuardCheck.shortfall(still);
    List<Position> held =
        current.positions().stream()
            .filter(p -> p.account().equals(account) && p.quantity().signum() != 0)
            .toList();
    boolean hasLoan =
        current.cash().stream()
            .anyMatch(c -> c.account().equals(account) && c.amount().signum() < 0);
    Map<String, Double> exposure = new LinkedHashMap<>();
    for (PositionExposure e :
        ExposureCalculator.DEFAULT.positions(current, current.market(), held)) {
      exposure.put(e.symbol(), Math.abs(e.cashDelta()) / Math.abs(e.quantity()));
    }
    Trial best = null;
    for (Position position : held) {
      Instrument instrument = current.instrumentsBySymbol().get(position.symbol());
      if (!reducible(instrument, position, hasLoan)) {
        continue;
      }
      BigDecimal quantity =
          step(heldAtStart(account, position.symbol()), position.quantity().abs(), instrument);
      if (quantity.signum() == 0) {
        continue;
      }
      Side side = position.quantity().signum() > 0 ? Side.SELL : Side.BUY;
      Trade trade =
          pricing.trade(
              "D", account, instrument, side, quantity, Trade.Purpose.DE_RISK, placeholder());
      Portfolio after = Outcome.apply(current, List.of(trade), Map.of());
      List<GuardBreach> breaches = GuardCheck.breaches(GuardCheck.account(after, account), limits);
      double better = shortfall - GuardCheck.shortfall(breaches);
      // per unit of exposure traded; a stablecoin sold to repay a loan counts at its value
      double traded =
          Math.max(
              exposure.getOrDefault(position.symbol(), 0.0) * quantity.doubleValue(),
              trade.notionalBase().doubleValue());
      double gain = better / Math.max(traded, 1e-9);
      if (better > 1e-12 && noneWorse(still, breaches) && (best == null || gain > best.gain)) {
        best = new Trial(trade, after, breaches, gain);
      }
    }
    return best;
  }

  /**
   * Whether no limit is broken by more after a trial than before, and none newly: a trade that
   * makes one figure better by making another worse (buying back a short that hedges a fall, to cut
   * leverage) is not de-risking.
   */
  private static boolean noneWorse(List<GuardBreach> before, List<GuardBreach> after) {
    for (GuardBreach breach : after) {
      GuardBreach then =
          before.stream().filter(b -> b.guard() == breach.guard()).findFirst().orElse(null);
      if (then == null || breach.shortfall() > then.shortfall() + 1e-12) {
        return false;
      }
    }
    return true;
  }

  private boolean reducible(Instrument instrument, Position position, boolean hasLoan) {
    AssetType type = instrument.type();
    if (type == AssetType.CASH || (type == AssetType.STABLECOIN && !hasLoan)) {
      return false;
    }
    Restriction restriction = portfolio.restrictions().get(instrument.symbol());
    if (restriction == null) {
      return true;
    }
    return position.quantity().signum() > 0 ? restriction.allowsSell() : restriction.allowsBuy();
  }

  /**
   * A quarter of the holding before de-risking, in whole lots, at least one lot, at most what is
   * held now: four steps close a position.
   */
  private static BigDecimal step(BigDecimal atStart, BigDecimal held, Instrument instrument) {
    BigDecimal lotStep = instrument.lotStep();
    BigDecimal quarter = Lots.floor(atStart.multiply(STEP), lotStep);
    BigDecimal step = quarter.signum() > 0 ? quarter : lotStep;
    return step.compareTo(held) > 0 ? Lots.floor(held, lotStep) : step;
  }

  private BigDecimal heldAtStart(String account, String symbol) {
    return portfolio.positions().stream()
        .filter(p -> p.account().equals(account) && p.symbol().equals(symbol))
        .map(p -> p.quantity().abs())
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private Side sideToReduce(String account, String symbol) {
    return portfolio.positions().stream()
        .filter(p -> p.account().equals(account) && p.symbol().equals(symbol))
        .findFirst()
        .map(p -> p.quantity().signum() > 0 ? Side.SELL : Side.BUY)
        .orElse(Side.SELL);
  }

  private static Reason placeholder() {
    return new Reason.DeRisk("-", List.of(), List.of());
  }
}
