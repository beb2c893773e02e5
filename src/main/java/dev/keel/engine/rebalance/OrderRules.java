package dev.keel.engine.rebalance;

import dev.keel.engine.Valuation;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules every order obeys, whether the engine sizes it or the user types its quantity in the
 * review: a quantity above zero in whole lot steps, the exchange's minimum quantity and notional,
 * the user's minimum trade, and never selling more than is held. One set of rules, so a proposed
 * trade and a resized one are held to the same.
 */
final class OrderRules {
  /** Which rule an order breaks. */
  enum Breach {
    NOT_POSITIVE,
    NOT_WHOLE_LOTS,
    BELOW_MIN_QUANTITY,
    BELOW_MIN_NOTIONAL,
    BELOW_TRADE_MINIMUM,
    MORE_THAN_HELD
  }

  /**
   * A rule an order breaks, with the figures that show it.
   *
   * @param breach the rule
   * @param order the order
   * @param notional its notional in the quote currency
   * @param limit the rule's figure: the lot step, the minimum quantity or the quantity held, or an
   *     amount of money (the minimum notional in the quote currency, the minimum trade in the base
   *     currency)
   * @param limitCurrency the currency of a limit that is money, {@code null} for a quantity
   */
  record Violation(
      Breach breach,
      RebalanceWarning.OrderFigures order,
      Money notional,
      BigDecimal limit,
      String limitCurrency) {

    /** The limit as money; only for the limits that are amounts. */
    Money limitMoney() {
      return new Money(limit, limitCurrency);
    }
  }

  private final Valuation valuation;
  private final Money minTrade;

  OrderRules(Valuation valuation, Money minTrade) {
    this.valuation = valuation;
    this.minTrade = minTrade;
  }

  /**
   * The first minimum an order misses: the exchange's quantity or notional, then the user's minimum
   * trade; empty when it meets them all.
   */
  Optional<Violation> minimums(
      String account, Instrument instrument, Side side, BigDecimal quantity) {
    RebalanceWarning.OrderFigures order =
        new RebalanceWarning.OrderFigures(account, side, quantity, instrument.symbol());
    Money notional =
        new Money(valuation.notional(instrument, quantity), instrument.quoteCurrency());
    if (quantity.compareTo(instrument.minQuantity()) < 0) {
      return violation(Breach.BELOW_MIN_QUANTITY, order, notional, instrument.minQuantity(), null);
    }
    if (notional.amount().compareTo(instrument.minNotional()) < 0) {
      return violation(
          Breach.BELOW_MIN_NOTIONAL,
          order,
          notional,
          instrument.minNotional(),
          instrument.quoteCurrency());
    }
    BigDecimal base = valuation.valueInBase(instrument, quantity);
    if (base.compareTo(minTrade.amount()) < 0) {
      return violation(
          Breach.BELOW_TRADE_MINIMUM, order, notional, minTrade.amount(), minTrade.currency());
    }
    return Optional.empty();
  }

  /**
   * The first rule an order of {@code quantity} breaks, of all of them; {@code held} is what the
   * account holds of the instrument (a sell may not exceed it).
   */
  Optional<Violation> check(
      String account, Instrument instrument, Side side, BigDecimal quantity, BigDecimal held) {
    RebalanceWarning.OrderFigures order =
        new RebalanceWarning.OrderFigures(account, side, quantity, instrument.symbol());
    Money none = new Money(BigDecimal.ZERO, instrument.quoteCurrency());
    if (quantity.signum() <= 0) {
      return violation(Breach.NOT_POSITIVE, order, none, BigDecimal.ZERO, null);
    }
    if (!Lots.isMultiple(quantity, instrument.lotStep())) {
      return violation(Breach.NOT_WHOLE_LOTS, order, none, instrument.lotStep(), null);
    }
    Optional<Violation> minimum = minimums(account, instrument, side, quantity);
    if (minimum.isPresent()) {
      return minimum;
    }
    if (side == Side.SELL && quantity.compareTo(held) > 0) {
      return violation(Breach.MORE_THAN_HELD, order, none, held, null);
    }
    return Optional.empty();
  }

  private static Optional<Violation> violation(
      Breach breach,
      RebalanceWarning.OrderFigures order,
      Money notional,
      BigDecimal limit,
      String limitCurrency) {
    return Optional.of(new Violation(breach, order, notional, limit, limitCurrency));
  }
}
