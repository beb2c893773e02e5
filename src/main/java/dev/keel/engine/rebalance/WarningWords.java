package dev.keel.engine.rebalance;

import dev.keel.engine.guard.GuardBreach;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the engine's warnings, for {@link Wording#warning}: one sentence for each kind of
 * detail, with its figures.
 */
final class WarningWords {
  private WarningWords() {}

  /** What a warning says, in a sentence. */
  static String of(RebalanceWarning warning) {
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
    if (detail instanceof RebalanceWarning.GuardDropped dropped) {
      return order(dropped.order())
          + " is not proposed: even one lot would leave "
          + breaches(dropped.wouldBreak());
    }
    if (detail instanceof RebalanceWarning.GuardStillBroken still) {
      return "de-risking could not bring "
          + warning.account()
          + " within its guard: "
          + breaches(still.still())
          + "; reduce its positions by hand, add collateral or change the guard";
    }
    if (detail instanceof RebalanceWarning.HedgeLeft left) {
      return left.underlying()
          + " net "
          + left.greek()
          + " stays at "
          + left.left().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
          + ": "
          + left.why();
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
          + " is held there; "
          + (not.heldElsewhere()
              ? "use the household scope to buy it where such instruments are held"
              : "no account of the book holds one: hold it in an account whose venue trades it");
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
    return Wording.money(money);
  }

  /** Breaches in words, joined. */
  static String breaches(List<GuardBreach> breaches) {
    return String.join("; ", breaches.stream().map(GuardBreach::text).toList());
  }
}
