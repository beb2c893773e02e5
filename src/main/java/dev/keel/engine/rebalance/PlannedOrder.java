package dev.keel.engine.rebalance;

import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.Instrument;
import java.math.BigDecimal;

/**
 * An order while a slice is worked out: its quantity may still grow or shrink, and the order book
 * keeps what it costs and what it changes in step with it. At most one per account and instrument.
 */
final class PlannedOrder {
  final String account;
  final Instrument instrument;
  final Side side;
  BigDecimal quantity;
  final Purpose purpose;

  /** Why; a step may say more precisely once every order is known. */
  Reason reason;

  /** Buys with a lower rank are funded first and trimmed last. */
  final BigDecimal rank;

  /**
   * The line whose value the order moves: its own instrument's, or on the delta basis the line a
   * hedging instrument trades the exposure of (see {@link HedgeRoute}).
   */
  final String line;

  /** What one unit moves the line by, base currency; {@code null}: one unit's value. */
  final BigDecimal unitChange;

  /** Cash the order takes while it is placed (see {@link BuyingPower#cost}). */
  BigDecimal cost = BigDecimal.ZERO;

  /** The order's notional in the base currency while it is placed, signed: sells negative. */
  BigDecimal valueChange = BigDecimal.ZERO;

  PlannedOrder(
      String account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      Purpose purpose,
      Reason reason,
      BigDecimal rank) {
    this(account, instrument, side, quantity, purpose, reason, rank, null);
  }

  /** An order in a hedging instrument that moves the exposure of {@code route}'s line. */
  PlannedOrder(
      String account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      Purpose purpose,
      Reason reason,
      BigDecimal rank,
      HedgeRoute route) {
    this.line = route == null ? instrument.symbol() : route.line();
    this.unitChange = route == null ? null : route.unitChange();
    this.account = account;
    this.instrument = instrument;
    this.side = side;
    this.quantity = quantity;
    this.purpose = purpose;
    this.reason = reason;
    this.rank = rank;
  }

  /** The order in a few figures, for a warning. */
  RebalanceWarning.OrderFigures figures() {
    return new RebalanceWarning.OrderFigures(account, side, quantity, instrument.symbol());
  }
}
