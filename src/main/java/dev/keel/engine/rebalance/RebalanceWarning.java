package dev.keel.engine.rebalance;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.model.AssetType;
import dev.keel.model.Restriction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Something the engine could not do, and why, as the figures it met. Warnings are part of the
 * proposal, never exceptions; {@link #message()} renders one for a trader (see {@link Wording}).
 *
 * @param kind what kind of obstacle
 * @param account account concerned, or {@code null} for the whole book
 * @param symbol instrument concerned, or {@code null}
 * @param detail the figures
 */
public record RebalanceWarning(Kind kind, String account, String symbol, Detail detail) {

  /** The kinds of obstacle. */
  public enum Kind {
    /** An order would be below the exchange's minimum quantity or notional. */
    BELOW_EXCHANGE_MINIMUM,
    /** An order would be below the user's minimum trade. */
    BELOW_TRADE_MINIMUM,
    /** A restriction in the file forbids the trade. */
    RESTRICTED,
    /** No account in scope trades this kind of instrument. */
    NOT_TRADABLE,
    /** The mode (buy only, sell only) forbids the trade. */
    MODE,
    /** Not enough cash for every buy. */
    NOT_ENOUGH_CASH,
    /** The withdrawal is larger than what can be sold. */
    WITHDRAWAL_SHORT,
    /** The turnover cap made trades smaller. */
    TURNOVER_CAP,
    /** A currency balance goes negative: convert before trading. */
    CURRENCY_SHORT,
    /** A holding that is not a whole number of lots leaves a remainder that cannot be sold. */
    DUST,
    /** The book is worth nothing or less, so there is nothing to allocate. */
    BOOK_NOT_POSITIVE,
    /** A lot so coarse that one more would make the line worse: it was left out. */
    COARSE_LOT,
    /** A class outside its band stays outside it after the trades. */
    CLASS_STILL_BREACHED,
    /** One account sells a line another account buys. */
    CROSSING,
    /** A hedge left an underlying's delta or vega off its target (a lot too coarse, a minimum). */
    HEDGE_LEFT,
    /** A trade was left out, or an account is left past its guard, by the margin guard. */
    GUARD
  }

  public RebalanceWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** The warning in a sentence. */
  public String message() {
    return Wording.warning(this);
  }

  /** The figures of a warning; each kind of obstacle has its own. */
  public sealed interface Detail {}

  /**
   * An order below the exchange's minimums.
   *
   * @param order the order as it would have been
   * @param notional its notional in the quote currency
   * @param minQuantity the exchange's smallest quantity
   * @param minNotional the exchange's smallest notional, quote currency
   */
  public record BelowExchangeMinimum(
      OrderFigures order, Money notional, BigDecimal minQuantity, Money minNotional)
      implements Detail {}

  /**
   * An order below the user's minimum trade.
   *
   * @param order the order as it would have been
   * @param minimum the minimum trade, base currency
   */
  public record BelowTradeMinimum(OrderFigures order, Money minimum) implements Detail {}

  /**
   * An order in a few figures: where, which way, how much of what.
   *
   * @param account the account
   * @param side buy or sell
   * @param quantity units
   * @param symbol the instrument
   */
  public record OrderFigures(String account, Side side, BigDecimal quantity, String symbol) {}

  /**
   * A trade the file's restriction forbids.
   *
   * @param side the side that was wanted
   * @param restriction the restriction
   */
  public record Restricted(Side side, Restriction restriction) implements Detail {}

  /**
   * A trade the mode forbids.
   *
   * @param side the side that was wanted
   * @param mode the mode
   */
  public record ModeForbids(Side side, RebalanceSettings.Mode mode) implements Detail {}

  /**
   * A targeted instrument no account of the slice can buy.
   *
   * @param target its target weight
   * @param accounts the slice's accounts
   * @param type its type, which none of them holds
   * @param heldElsewhere whether another account of the book holds that type (so the household
   *     scope could buy it there)
   */
  public record NotTradable(
      BigDecimal target, List<String> accounts, AssetType type, boolean heldElsewhere)
      implements Detail {
    public NotTradable {
      accounts = List.copyOf(accounts);
    }
  }

  /** What stopped a buy. */
  public enum CashLimit {
    /** The account's cash floor. */
    FLOOR,
    /** The low end of the cash line's destination: cash stays at its target or band. */
    CASH_TARGET
  }

  /**
   * A rebalancing buy cut or dropped for lack of cash.
   *
   * @param wanted the quantity wanted
   * @param bought the quantity bought (0 when dropped)
   * @param limit what kept the cash
   * @param kept the cash that limit keeps, base currency: the floor, or what the cash target keeps
   * @param keptShare for the cash target, that cash as a weight of the book; {@code null} for the
   *     floor
   */
  public record BuyCut(
      BigDecimal wanted, BigDecimal bought, CashLimit limit, Money kept, BigDecimal keptShare)
      implements Detail {}

  /**
   * An account whose cash stays below the floor.
   *
   * @param account the account
   * @param shortfall how far below, base currency
   * @param floor the floor
   */
  public record BelowFloor(String account, Money shortfall, Money floor) implements Detail {}

  /**
   * A withdrawal not smaller than everything held: nothing is proposed.
   *
   * @param asked the withdrawal
   * @param held everything the slice holds
   */
  public record WithdrawalTooLarge(Money asked, Money held) implements Detail {}

  /**
   * A book worth nothing or less (its loans above its holdings), even after a deposit.
   *
   * @param held what the slice is worth before the deposit
   * @param deposit the deposit, zero when there is none
   */
  public record BookNotPositive(Money held, Money deposit) implements Detail {}

  /**
   * A withdrawal of which only part can be raised while keeping the floor.
   *
   * @param asked the withdrawal
   * @param paid what is paid out
   * @param floor the floor kept
   */
  public record WithdrawalCut(Money asked, Money paid, Money floor) implements Detail {}

  /**
   * Trades scaled down to the turnover cap.
   *
   * @param turnover the traded volume before the cap
   * @param capShare the cap as a fraction of the book
   * @param cap the cap in money
   * @param scale the factor every trade was scaled by
   */
  public record TurnoverCapped(Money turnover, BigDecimal capShare, Money cap, BigDecimal scale)
      implements Detail {}

  /**
   * A currency balance the trades take below zero.
   *
   * @param balance the balance after the trades, in its currency
   */
  public record CurrencyShort(Money balance) implements Detail {}

  /**
   * A holding that is not a whole number of lots.
   *
   * @param account the account holding it
   * @param held the quantity held
   * @param lotStep the lot step
   */
  public record Dust(String account, BigDecimal held, BigDecimal lotStep) implements Detail {}

  /**
   * A hedge that could not reach its target, and why.
   *
   * @param underlying the underlying hedged
   * @param greek {@code delta} or {@code vega}
   * @param left the figure the book is left with
   * @param why what stood in the way, as a clause
   */
  /**
   * A trade the guard left out: even its smallest lot would take the account past a limit.
   *
   * @param order the order as the rebalancer proposed it
   * @param wouldBreak the limits it would break
   */
  public record GuardDropped(OrderFigures order, List<GuardBreach> wouldBreak) implements Detail {
    public GuardDropped {
      wouldBreak = List.copyOf(wouldBreak);
    }
  }

  /**
   * An account that de-risking could not bring within its guard: no trade of it made the broken
   * figures better (nothing left to reduce, restrictions, minimums).
   *
   * @param still the limits it still breaks
   */
  public record GuardStillBroken(List<GuardBreach> still) implements Detail {
    public GuardStillBroken {
      still = List.copyOf(still);
    }
  }

  public record HedgeLeft(String underlying, String greek, BigDecimal left, String why)
      implements Detail {}

  /**
   * A class that stays outside its band after the trades, and what held its members back.
   *
   * @param classId the class
   * @param className its name
   * @param weight its weight after the trades
   * @param target its target in the slice
   * @param bandLimit its band's half-width
   * @param heldBack the members a warning of the slice names, with that warning's kind
   * @param turnoverCapped whether the turnover cap scaled the trades down
   */
  public record ClassStillBreached(
      String classId,
      String className,
      BigDecimal weight,
      BigDecimal target,
      BigDecimal bandLimit,
      List<HeldBack> heldBack,
      boolean turnoverCapped)
      implements Detail {
    public ClassStillBreached {
      heldBack = List.copyOf(heldBack);
    }
  }

  /**
   * A member of a class that was held back, and by what.
   *
   * @param symbol the member
   * @param by the kind of the warning that names it
   */
  public record HeldBack(String symbol, Kind by) {}

  /**
   * A line sold in some accounts and bought in others.
   *
   * @param selling the accounts that sell it, in file order
   * @param buying the accounts that buy it, in file order
   */
  public record Crossing(List<String> selling, List<String> buying) implements Detail {
    public Crossing {
      selling = List.copyOf(selling);
      buying = List.copyOf(buying);
    }
  }

  /**
   * A lot left out because it would make the line worse: take it outside a band it was inside, or
   * further from its target. Drifts are weight minus target, as fractions of the book.
   *
   * @param side the way the line was traded
   * @param lotValue one lot's value, base currency
   * @param drift the line's drift without the lot, where it stays
   * @param driftWithLot its drift had the lot been traded
   * @param bandLimit its band's half-width, {@code null} when it has none
   */
  public record CoarseLot(
      Side side, Money lotValue, BigDecimal drift, BigDecimal driftWithLot, BigDecimal bandLimit)
      implements Detail {}
}
