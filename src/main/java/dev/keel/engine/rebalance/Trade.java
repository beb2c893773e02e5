package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One proposed order: what to buy or sell, where, how much, what it is expected to cost and why.
 * Quantities are whole lot steps; notional is quantity times price times multiplier.
 *
 * @param id short id within the proposal, {@code T1}, {@code T2}, ...
 * @param account account the order is placed in
 * @param symbol instrument symbol
 * @param side buy or sell
 * @param quantity units to trade, positive
 * @param price reference price in the quote currency
 * @param currency quote currency
 * @param notional value in the quote currency
 * @param notionalBase value in the base currency
 * @param fee estimated commission, quote currency
 * @param feeBase estimated commission, base currency
 * @param slippageBase estimated slippage, base currency
 * @param purpose why the engine made it, in one word
 * @param reason why, as the figures the engine acted on ({@link #reasonText()} in words)
 */
public record Trade(
    String id,
    String account,
    String symbol,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    String currency,
    BigDecimal notional,
    BigDecimal notionalBase,
    BigDecimal fee,
    BigDecimal feeBase,
    BigDecimal slippageBase,
    Purpose purpose,
    Reason reason) {

  /** What a trade is for. */
  public enum Purpose {
    /** Brings a line back toward its target or band. */
    REBALANCE,
    /** Raises cash for buys, the cash floor or a withdrawal. */
    RAISE_CASH,
    /** Invests cash left after rounding or sales. */
    INVEST_CASH,
    /** Brings an underlying's net delta or vega to a target ({@code keel hedge}). */
    HEDGE,
    /** Brings a margin account back within its guard, before any rebalancing trade. */
    DE_RISK
  }

  public Trade {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(side, "side");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException(symbol + ": trade quantity must be positive");
    }
  }

  /** Why the trade was proposed, in a sentence a trader reads. */
  public String reasonText() {
    return Wording.reason(reason);
  }

  /** Notional with the sign of the cash it uses: positive for a buy, negative for a sell. */
  public BigDecimal signedNotionalBase() {
    return side == Side.BUY ? notionalBase : notionalBase.negate();
  }

  /** The change in cash, in the base currency, once this trade and its fee settle. */
  public BigDecimal cashChangeBase() {
    return signedNotionalBase().negate().subtract(feeBase);
  }

  /** Estimated fee plus slippage, in the base currency. */
  public BigDecimal estimatedCostBase() {
    return feeBase.add(slippageBase);
  }
}
