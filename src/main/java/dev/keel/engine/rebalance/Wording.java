package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Reason.Aim;
import dev.keel.engine.rebalance.Reason.CashFlowShare;
import dev.keel.engine.rebalance.Reason.ClassOffTarget;
import dev.keel.engine.rebalance.Reason.InvestLeftover;
import dev.keel.engine.rebalance.Reason.LineOffTarget;
import dev.keel.engine.rebalance.Reason.Need;
import dev.keel.engine.rebalance.Reason.RaiseCash;
import dev.keel.engine.rebalance.Reason.RaiseCashProRata;
import dev.keel.engine.rebalance.RebalanceWarning.BelowExchangeMinimum;
import dev.keel.engine.rebalance.RebalanceWarning.BelowFloor;
import dev.keel.engine.rebalance.RebalanceWarning.BelowTradeMinimum;
import dev.keel.engine.rebalance.RebalanceWarning.BuyCut;
import dev.keel.engine.rebalance.RebalanceWarning.CurrencyShort;
import dev.keel.engine.rebalance.RebalanceWarning.Detail;
import dev.keel.engine.rebalance.RebalanceWarning.Dust;
import dev.keel.engine.rebalance.RebalanceWarning.ModeForbids;
import dev.keel.engine.rebalance.RebalanceWarning.NotTradable;
import dev.keel.engine.rebalance.RebalanceWarning.OrderFigures;
import dev.keel.engine.rebalance.RebalanceWarning.Restricted;
import dev.keel.engine.rebalance.RebalanceWarning.TurnoverCapped;
import dev.keel.engine.rebalance.RebalanceWarning.WithdrawalCut;
import dev.keel.engine.rebalance.RebalanceWarning.WithdrawalTooLarge;
import java.math.BigDecimal;
import java.util.ArrayList;
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
      return state(line.symbol(), line.weight(), line.target(), line.bandLimit(), line.breached())
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
    InvestLeftover invest = (InvestLeftover) reason;
    return "invest cash left after the trades: "
        + invest.symbol()
        + " "
        + Percent.of(invest.weight())
        + " is below its target "
        + Percent.of(invest.target());
  }

  /** What a warning says, in a sentence. */
  public static String warning(RebalanceWarning warning) {
    Detail detail = warning.detail();
    String symbol = warning.symbol();
    if (detail instanceof BelowExchangeMinimum below) {
      return order(below.order())
          + " ("
          + money(below.notional())
          + ") is below the exchange minimum of "
          + below.minQuantity().toPlainString()
          + " units and "
          + money(below.minNotional())
          + ": not proposed";
    }
    if (detail instanceof BelowTradeMinimum below) {
      return order(below.order())
          + " is below the minimum trade of "
          + money(below.minimum())
          + ": not proposed";
    }
    if (detail instanceof Restricted restricted) {
      return symbol
          + " would be "
          + past(restricted.side())
          + " but is marked "
          + restricted.restriction().label()
          + " in the file";
    }
    if (detail instanceof ModeForbids mode) {
      return symbol
          + " is not "
          + past(mode.side())
          + ": the mode is "
          + RebalanceSettings.label(mode.mode());
    }
    if (detail instanceof NotTradable not) {
      return symbol
          + " (target "
          + Percent.of(not.target())
          + ") is not bought in "
          + String.join(", ", not.accounts())
          + ": no "
          + not.type().label()
          + " is held there; use the household scope to buy it where such instruments are held";
    }
    if (detail instanceof BuyCut cut) {
      return symbol
          + ": buy of "
          + cut.wanted().toPlainString()
          + (cut.bought().signum() == 0 ? " dropped" : " cut to " + cut.bought().toPlainString())
          + (cut.limit() == RebalanceWarning.CashLimit.FLOOR
              ? ", the cash above the floor of " + money(cut.kept()) + " runs out"
              : ", cash would fall below the "
                  + Percent.of(cut.keptShare())
                  + " ("
                  + money(cut.kept())
                  + ") its target keeps");
    }
    if (detail instanceof RebalanceWarning.BookNotPositive book) {
      if (book.deposit().amount().signum() == 0) {
        return "the book is worth "
            + money(book.held())
            + ", not above zero: nothing proposed until its loans are paid down";
      }
      return "the book is worth "
          + money(book.held())
          + " and the deposit of "
          + money(book.deposit())
          + " leaves it at "
          + money(
              new Money(book.held().amount().add(book.deposit().amount()), book.held().currency()))
          + ", not above zero: nothing proposed until its loans are paid down";
    }
    if (detail instanceof BelowFloor below) {
      return below.account()
          + ": cash stays "
          + money(below.shortfall())
          + " below the floor of "
          + money(below.floor())
          + " and nothing more can be sold";
    }
    if (detail instanceof WithdrawalTooLarge large) {
      return "the withdrawal of "
          + money(large.asked())
          + " is not smaller than everything held ("
          + money(large.held())
          + "): nothing proposed";
    }
    if (detail instanceof WithdrawalCut cut) {
      return "the withdrawal of "
          + money(cut.asked())
          + " can raise only "
          + money(cut.paid())
          + " while keeping the cash floor of "
          + money(cut.floor())
          + ": nothing more can be sold";
    }
    if (detail instanceof TurnoverCapped capped) {
      return "trades of "
          + money(capped.turnover())
          + " are above the turnover cap of "
          + Percent.of(capped.capShare())
          + " ("
          + money(capped.cap())
          + "): each is scaled to "
          + Percent.of(capped.scale())
          + " of its size";
    }
    if (detail instanceof CurrencyShort currency) {
      return warning.account()
          + ": "
          + currency.balance().currency()
          + " cash goes to "
          + money(currency.balance())
          + " after the trades: convert from another currency before sending";
    }
    if (detail instanceof RebalanceWarning.CoarseLot lot) {
      boolean outside =
          lot.bandLimit() != null && lot.driftWithLot().abs().compareTo(lot.bandLimit()) > 0;
      return symbol
          + ": one more lot ("
          + money(lot.lotValue())
          + ") would take it from "
          + Percent.signedPoints(lot.drift())
          + " to "
          + Percent.signedPoints(lot.driftWithLot())
          + (outside
              ? ", outside its band of +/-" + Percent.points(lot.bandLimit())
              : ", further from its target")
          + ": left out";
    }
    if (detail instanceof RebalanceWarning.ClassStillBreached still) {
      List<String> why = new ArrayList<>();
      still.heldBack().forEach(held -> why.add(held.symbol() + " " + heldBack(held.by())));
      if (still.turnoverCapped()) {
        why.add("the turnover cap");
      }
      return still.className()
          + " ends at "
          + Percent.of(still.weight())
          + " vs target "
          + Percent.of(still.target())
          + ", still outside its band of +/-"
          + Percent.points(still.bandLimit())
          + ": "
          + (why.isEmpty()
              ? "each of its lines went to its own destination"
              : "held back by " + String.join(", ", why));
    }
    if (detail instanceof RebalanceWarning.Crossing crossing) {
      return symbol
          + " is sold in "
          + String.join(", ", crossing.selling())
          + " and bought in "
          + String.join(", ", crossing.buying())
          + ", as each account follows the targets on its own: the orders cost commissions twice"
          + " and may make a wash sale; the household scope trades it once";
    }
    Dust dust = (Dust) detail;
    return dust.account()
        + " holds "
        + dust.held().toPlainString()
        + " "
        + symbol
        + ", not a whole number of "
        + dust.lotStep().toPlainString()
        + " lots: the remainder cannot be sold";
  }

  /** What held a member of a class back, in a few words. */
  private static String heldBack(RebalanceWarning.Kind kind) {
    return switch (kind) {
      case RESTRICTED -> "(restricted)";
      case MODE -> "(the mode)";
      case NOT_ENOUGH_CASH -> "(cash)";
      case BELOW_EXCHANGE_MINIMUM -> "(the exchange minimum)";
      case BELOW_TRADE_MINIMUM -> "(the minimum trade)";
      case COARSE_LOT -> "(a coarse lot)";
      case DUST -> "(dust)";
      case NOT_TRADABLE -> "(not tradable here)";
      default -> "(" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    };
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
              + ") its target keeps as the buys spend it";
    };
  }

  private static String order(OrderFigures order) {
    return order.account()
        + ": "
        + order.side().label()
        + " "
        + order.quantity().toPlainString()
        + " "
        + order.symbol();
  }

  private static String past(Side side) {
    return side == Side.BUY ? "bought" : "sold";
  }

  private static String money(Money money) {
    return Percent.money(money.amount(), money.currency());
  }
}
