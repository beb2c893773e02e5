package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Reason.Aim;
import dev.keel.engine.rebalance.Reason.CashFlowShare;
import dev.keel.engine.rebalance.Reason.ClassOffTarget;
import dev.keel.engine.rebalance.Reason.InvestLeftover;
import dev.keel.engine.rebalance.Reason.LineOffTarget;
import dev.keel.engine.rebalance.Reason.Need;
import dev.keel.engine.rebalance.Reason.RaiseCash;
import dev.keel.engine.rebalance.Reason.RaiseCashProRata;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The one place where the engine's reasons and warnings become sentences a trader reads: the
 * command line's table, the window and the exported orders all show these words. Weights show as
 * percentages with one decimal, bands as percentage points, money with two decimals and its
 * currency.
 */
public final class Wording {
  /** Why a quantity of zero or less is refused. */
  static final String NOT_POSITIVE = "the quantity must be above zero; reject the trade to drop it";

  private Wording() {}

  /** Why the review refuses a quantity, in a sentence. */
  static String violation(OrderRules.Violation violation) {
    RebalanceWarning.OrderFigures order = violation.order();
    String symbol = order.symbol();
    String limit = violation.limit().toPlainString();
    return switch (violation.breach()) {
      case NOT_POSITIVE -> NOT_POSITIVE;
      case NOT_WHOLE_LOTS ->
          order.quantity().toPlainString()
              + " is not a whole number of "
              + symbol
              + "'s lot step "
              + limit
              + "; nearest below: "
              + Lots.floor(order.quantity(), violation.limit()).toPlainString();
      case BELOW_MIN_QUANTITY -> "below the exchange's minimum quantity of " + limit + " " + symbol;
      case BELOW_MIN_NOTIONAL ->
          "worth "
              + money(violation.notional())
              + ", below the exchange's minimum order of "
              + money(violation.limitMoney());
      case BELOW_TRADE_MINIMUM ->
          "worth "
              + money(violation.notional())
              + ", below the minimum trade of "
              + money(violation.limitMoney())
              + " set for this proposal";
      case MORE_THAN_HELD ->
          "more than the " + limit + " " + symbol + " held in " + order.account();
    };
  }

  /** Why a trade was proposed, in a sentence. */
  public static String reason(Reason reason) {
    if (reason instanceof LineOffTarget line) {
      String name =
          line.exposure() == null
              ? line.symbol()
              : line.symbol()
                  + " net delta "
                  + quantity(line.exposure().units())
                  + " "
                  + line.exposure().line()
                  + ",";
      return state(name, line.weight(), line.target(), line.bandLimit(), line.breached())
          + (line.breached() ? "" : ": calendar rebalance")
          + ": "
          + line.side().label()
          + " to "
          + aim(line.aim());
    }
    if (reason instanceof ClassOffTarget line) {
      String state =
          state(line.className(), line.classWeight(), line.classTarget(), line.bandLimit(), true);
      if (line.side() == line.classSide()) {
        return state
            + ": "
            + line.side().label()
            + " "
            + line.symbol()
            + " with its class to "
            + aim(line.aim());
      }
      return state
          + ": "
          + line.classSide().label()
          + " the class to "
          + aim(line.aim())
          + "; "
          + line.symbol()
          + ", at "
          + Percent.of(line.weight())
          + ", is "
          + (line.side() == Side.SELL ? "above" : "below")
          + " its share of "
          + Percent.of(line.share())
          + ": "
          + line.side().label()
          + " to it";
    }
    if (reason instanceof CashFlowShare share) {
      return cashEvent(share)
          + ": "
          + share.symbol()
          + " "
          + Percent.of(share.weight())
          + " vs target "
          + Percent.of(share.target())
          + ", "
          + share.side().label()
          + " to "
          + aim(share.aim());
    }
    if (reason instanceof RaiseCash raise) {
      return need(raise.need())
          + ": "
          + raise.symbol()
          + " "
          + Percent.of(raise.weight())
          + " is above its target "
          + Percent.of(raise.target())
          + ", sell toward target";
    }
    if (reason instanceof RaiseCashProRata raise) {
      return need(raise.need())
          + ": every holding sells "
          + Percent.of(raise.share())
          + " of what is left";
    }
    if (reason instanceof Reason.Then then) {
      return reason(then.first()) + "; then " + reason(then.then());
    }
    if (reason instanceof Reason.ThroughHedge through) {
      String text = reason(through.line()) + " through " + through.symbol();
      if (through.funding() == null) {
        return text;
      }
      BigDecimal paid = through.funding().amount();
      return text
          + "; funding "
          + (paid.signum() > 0 ? "paid" : "received")
          + " over "
          + through.fundingDays()
          + " days at today's rate about "
          + money(new Money(paid.abs(), through.funding().currency()));
    }
    if (reason instanceof Reason.DeRisk derisk) {
      String account = derisk.before().isEmpty() ? "" : derisk.before().get(0).account();
      return account
          + " is past its guard ("
          + WarningWords.breaches(derisk.before())
          + "): "
          + derisk.symbol()
          + " is reduced first, as that makes it better by the most per unit of exposure"
          + (derisk.after().isEmpty()
              ? "; the guard then holds"
              : "; still past it after this trade: " + WarningWords.breaches(derisk.after()));
    }
    if (reason instanceof Reason.GuardCut cut) {
      return reason(cut.first())
          + "; cut from "
          + Decimals.clean(cut.asked()).toPlainString()
          + ": all of it would leave "
          + WarningWords.breaches(cut.wouldBreak());
    }
    if (reason instanceof Reason.Hedge hedge) {
      String unit = hedge.greek().equals("delta") ? " " + hedge.underlying() : "";
      return hedge.underlying()
          + " net "
          + hedge.greek()
          + " "
          + signed(hedge.before())
          + unit
          + ", target "
          + signed(hedge.target())
          + unit
          + ": "
          + hedge.symbol()
          + " brings it to "
          + signed(hedge.after())
          + unit;
    }
    InvestLeftover invest = (InvestLeftover) reason;
    return "invest cash left after the trades: "
        + invest.symbol()
        + " "
        + Percent.of(invest.weight())
        + " is below its target "
        + Percent.of(invest.target());
  }

  /** A quantity to four significant places at most, as a trader reads a net delta. */
  private static String quantity(BigDecimal value) {
    BigDecimal shown =
        value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
            ? value.setScale(0, java.math.RoundingMode.HALF_EVEN)
            : value.round(new java.math.MathContext(4, java.math.RoundingMode.HALF_EVEN));
    return Decimals.plain(shown);
  }

  /** A figure with its sign, to four places. */
  private static String signed(BigDecimal value) {
    BigDecimal shown = value.setScale(4, java.math.RoundingMode.HALF_EVEN);
    return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
  }

  /** Why nothing can be proposed for a book without targets. */
  static String noTargets() {
    return "the portfolio has no targets: set target weights before rebalancing";
  }

  /** Why a proposal is refused before it is worked out: it would weigh too many lines. */
  static String tooManyLines(long lines, int accounts, int most) {
    return String.format(
        java.util.Locale.ROOT,
        "in account scope the %,d accounts would weigh %,d lines (each its own holdings and every"
            + " target it can buy), above Keel's limit of %,d for one proposal: rebalance in"
            + " household scope (--scope household), or split the book into several files",
        accounts,
        lines,
        most);
  }

  /** Why a cash flow needs its account named. */
  static String flowNeedsAnAccount(BigDecimal flow, List<String> accounts) {
    return "the portfolio has "
        + accounts.size()
        + " accounts: name the account of the "
        + (flow.signum() > 0 ? "deposit" : "withdrawal")
        + " (one of "
        + String.join(", ", accounts)
        + ")";
  }

  /** Why a cash flow's account is refused. */
  static String noSuchAccount(String account, List<String> accounts) {
    return "no account '"
        + account
        + "' in the portfolio (it has "
        + String.join(", ", accounts)
        + ")";
  }

  /** Why a withdrawal is refused. */
  static String withdrawalAboveAccount(Money asked, Money held) {
    return "the withdrawal of "
        + money(asked)
        + " is larger than everything in the account ("
        + money(held)
        + ")";
  }

  /** Why a book cannot be valued under a snapshot: it has no price for an instrument. */
  static String noPrice(String symbol, Instant asOf) {
    return "the market data of " + asOf + " has no price for " + symbol + ": add one";
  }

  /** Why a book cannot be valued under a snapshot: it has no rate for a currency. */
  static String noFxRate(String currency, Instant asOf) {
    return "the market data of " + asOf + " has no FX rate for " + currency + ": add one";
  }

  /** Why the approved trades of an account are refused: its cash ends below the floor. */
  static String belowFloorAfterTrades(String account, Money left, Money floor) {
    return account
        + ": the approved trades leave "
        + money(left)
        + " of cash after fees and slippage, below the floor of "
        + money(floor)
        + "; approve a sell or reduce a buy";
  }

  /** What a warning says, in a sentence. */
  public static String warning(RebalanceWarning warning) {
    return WarningWords.of(warning);
  }

  /** A line's weight against its target and band: "BTC 52.5% vs target 39.0%, band ...". */
  private static String state(
      String name, BigDecimal weight, BigDecimal target, BigDecimal bandLimit, boolean breached) {
    String text = name + " " + Percent.of(weight) + " vs target " + Percent.of(target);
    if (bandLimit != null) {
      text += ", band +/-" + Percent.points(bandLimit) + (breached ? " breached" : "");
    }
    return text;
  }

  private static String aim(Aim aim) {
    return switch (aim.destination()) {
      case TARGET -> "target";
      case BAND_EDGE -> "the band edge";
      case PARTIAL -> Decimals.plain(aim.fraction()) + " of the band";
    };
  }

  private static String cashEvent(CashFlowShare share) {
    return switch (share.event()) {
      case DEPOSIT -> "deposit of " + money(share.amount()) + " to invest";
      case WITHDRAWAL -> "withdrawal of " + money(share.amount()) + " to raise";
      case CASH_OUT_OF_BAND -> "cash outside its band";
    };
  }

  private static String need(Need need) {
    return switch (need.kind()) {
      case WITHDRAWAL -> "raise the withdrawal of " + money(need.amount());
      case FLOOR -> "restore the cash floor of " + money(need.amount());
      case BUYS -> "raise cash for the buys";
      case CASH_TARGET ->
          "keep cash at the "
              + Percent.of(need.share())
              + " ("
              + money(need.amount())
              + ") its target keeps";
    };
  }

  static String money(Money money) {
    return Percent.money(money.amount(), money.currency());
  }
}
