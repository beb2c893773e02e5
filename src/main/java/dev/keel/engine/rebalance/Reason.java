package dev.keel.engine.rebalance;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Why the engine proposed a trade, as the figures it acted on. {@link Wording#reason} turns a
 * reason into the sentence a trader reads; nothing else builds that text, so a backtest can make
 * thousands of proposals without writing prose, and a test asserts figures, not sentences. Weights
 * are fractions of the book (or of the account in account scope).
 */
public sealed interface Reason {

  /** The instrument the trade is in. */
  String symbol();

  /**
   * Where a traded line is taken, as the settings said.
   *
   * @param destination target, band edge or part way
   * @param fraction for part way, the share of the band left (0 is the target, 1 the edge)
   */
  record Aim(Destination destination, BigDecimal fraction) {
    public Aim {
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(fraction, "fraction");
    }

    /** The aim of the given settings. */
    public static Aim of(RebalanceSettings settings) {
      return new Aim(settings.destination(), settings.fraction());
    }
  }

  /**
   * A line outside its band, or any line in a calendar rebalance, traded toward its destination.
   *
   * @param symbol the instrument
   * @param weight its weight before the trades
   * @param target its target weight
   * @param bandLimit the band's half-width around the target, {@code null} when it has none
   * @param breached whether the band is breached ({@code false}: a calendar rebalance)
   * @param side the way the line is traded
   * @param aim where it is taken
   * @param exposure on the delta basis, the net delta the weight stands for when derivatives add to
   *     the line; {@code null} otherwise
   */
  record LineOffTarget(
      String symbol,
      BigDecimal weight,
      BigDecimal target,
      BigDecimal bandLimit,
      boolean breached,
      Side side,
      Aim aim,
      NetDelta exposure)
      implements Reason {}

  /**
   * A line's net delta on the delta basis: its spot and every derivative on it, in units of the
   * line (BTC; SPY, for SPX futures and options that count toward it).
   *
   * @param line the line, which is also the unit
   * @param units the net delta
   */
  record NetDelta(String line, BigDecimal units) {
    public NetDelta {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(units, "units");
    }
  }

  /**
   * A line's trade made in the hedging instrument the mandate names for its underlying, in whole
   * contracts ({@code hedges}), on the delta basis.
   *
   * @param line why the line is traded
   * @param symbol the hedging instrument traded
   * @param funding for a perpetual, the funding the trade pays (negative: receives) over {@code
   *     fundingDays} at the snapshot's rate; {@code null} when none is known
   * @param fundingDays the days the funding is estimated over
   */
  record ThroughHedge(Reason line, String symbol, Money funding, int fundingDays)
      implements Reason {
    public ThroughHedge {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(symbol, "symbol");
    }
  }

  /**
   * A member of a class outside its band, traded with its class, which keeps its mix.
   *
   * @param symbol the instrument
   * @param classId the breached class
   * @param className its name
   * @param classWeight the class's weight before the trades
   * @param classTarget its target weight in the slice (its members that can be traded there)
   * @param bandLimit the class band's half-width, {@code null} when it has none
   * @param classSide the way the class as a whole is traded
   * @param weight the instrument's own weight before the trades
   * @param share the weight the instrument is taken to: its share of the class's destination
   * @param side the way the instrument is traded, which may differ from the class's when it is
   *     above its share of an underweight class (or below its share of an overweight one)
   * @param aim where the class is taken
   */
  record ClassOffTarget(
      String symbol,
      String classId,
      String className,
      BigDecimal classWeight,
      BigDecimal classTarget,
      BigDecimal bandLimit,
      Side classSide,
      BigDecimal weight,
      BigDecimal share,
      Side side,
      Aim aim)
      implements Reason {}

  /** What moves cash, when nothing else is breached: every line takes its share. */
  enum CashEvent {
    /** Money paid in. */
    DEPOSIT,
    /** Money to pay out. */
    WITHDRAWAL,
    /** The cash line itself is outside its band. */
    CASH_OUT_OF_BAND
  }

  /**
   * A line's share of a cash flow or of a cash line outside its band.
   *
   * @param symbol the instrument
   * @param event what moves the cash
   * @param amount the deposit or withdrawal, {@code null} for cash out of its band
   * @param weight the instrument's weight after the flow, before the trades
   * @param target its target weight
   * @param side the way it is traded
   * @param aim where it is taken
   */
  record CashFlowShare(
      String symbol,
      CashEvent event,
      Money amount,
      BigDecimal weight,
      BigDecimal target,
      Side side,
      Aim aim)
      implements Reason {}

  /** What a sale raises cash for. */
  enum NeedKind {
    /** A withdrawal. */
    WITHDRAWAL,
    /** Buys in the same account. */
    BUYS,
    /** The cash floor. */
    FLOOR,
    /** The cash the cash target keeps, while buys (in other accounts, or none) spend theirs. */
    CASH_TARGET
  }

  /**
   * What cash is raised for.
   *
   * @param kind what needs it
   * @param amount the withdrawal, the floor or the cash the target keeps; {@code null} for buys
   * @param share for the cash target, that cash as a weight of the book; otherwise {@code null}
   */
  record Need(NeedKind kind, Money amount, BigDecimal share) {
    public Need {
      Objects.requireNonNull(kind, "kind");
      if ((kind == NeedKind.BUYS) != (amount == null)) {
        throw new IllegalArgumentException("only a need for buys has no amount: " + kind);
      }
      if ((kind == NeedKind.CASH_TARGET) != (share != null)) {
        throw new IllegalArgumentException("a share goes with the cash target only: " + kind);
      }
    }
  }

  /**
   * An overweight line sold toward its target to raise cash.
   *
   * @param symbol the instrument
   * @param need what the cash is for
   * @param weight the instrument's weight after the flow, before the trades
   * @param target its target weight
   */
  record RaiseCash(String symbol, Need need, BigDecimal weight, BigDecimal target)
      implements Reason {
    /** The same sale, raising cash for another need. */
    public RaiseCash withNeed(Need other) {
      return new RaiseCash(symbol, other, weight, target);
    }
  }

  /**
   * A sale of every holding in proportion, when selling overweight lines did not raise enough.
   *
   * @param symbol the instrument
   * @param need what the cash is for
   * @param share the fraction of what is left that every holding sells
   */
  record RaiseCashProRata(String symbol, Need need, BigDecimal share) implements Reason {
    /** The same sale, raising cash for another need. */
    public RaiseCashProRata withNeed(Need other) {
      return new RaiseCashProRata(symbol, other, share);
    }
  }

  /**
   * One order that two steps placed: the first step's reason, and what a later step added to it (a
   * sale toward the band edge, then more of the same line sold to raise cash).
   *
   * @param first the reason of the step that placed the order
   * @param then the reason of the step that added to it
   */
  record Then(Reason first, Reason then) implements Reason {
    public Then {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(then, "then");
    }

    @Override
    public String symbol() {
      return first.symbol();
    }
  }

  /**
   * A buy of an underweight line with the cash left once the other trades are made.
   *
   * @param symbol the instrument
   * @param weight its weight after the trades planned so far
   * @param target its target weight
   */
  record InvestLeftover(String symbol, BigDecimal weight, BigDecimal target) implements Reason {}

  /**
   * A trade that brings an underlying's net delta or vega toward a target ({@code keel hedge}).
   *
   * @param symbol the instrument traded
   * @param underlying the underlying hedged
   * @param greek {@code delta} (in units of the underlying) or {@code vega} (base currency per
   *     volatility point)
   * @param before the underlying's net figure before the trade
   * @param target the figure asked for
   * @param after the figure once the trade (and the ones before it) are made
   */
  record Hedge(
      String symbol,
      String underlying,
      String greek,
      BigDecimal before,
      BigDecimal target,
      BigDecimal after)
      implements Reason {}

  /**
   * A trade that brings a margin account back within its guard before any rebalancing trade: of the
   * account's positions, the one whose reduction makes the broken figures better by the most per
   * unit of exposure traded.
   *
   * @param symbol the instrument reduced
   * @param before the limits the account broke before this trade
   * @param after the limits it still breaks once this trade (and those before it) are made
   */
  record DeRisk(String symbol, List<GuardBreach> before, List<GuardBreach> after)
      implements Reason {
    public DeRisk {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * A trade made smaller so that its account stays within its guard.
   *
   * @param first the reason it was proposed for
   * @param asked the quantity proposed before the cut
   * @param wouldBreak what the whole trade would have left the account breaking
   */
  record GuardCut(Reason first, BigDecimal asked, List<GuardBreach> wouldBreak) implements Reason {
    public GuardCut {
      Objects.requireNonNull(first, "first");
      wouldBreak = List.copyOf(wouldBreak);
    }

    @Override
    public String symbol() {
      return first.symbol();
    }
  }
}
