package dev.keel.engine.rebalance;

import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How approved trades are sent: market orders, or limit orders priced a number of basis points
 * through the reference price (above it for buys, below it for sells) so they fill like a
 * marketable limit but never beyond the offset.
 *
 * @param type market or limit
 * @param limitOffsetBps for limit orders, how far through the reference price, in basis points
 */
public record OrderTerms(OrderType type, BigDecimal limitOffsetBps) {

  /** Market or limit. */
  public enum OrderType {
    MARKET,
    LIMIT
  }

  private static final BigDecimal BPS = new BigDecimal("10000");

  /** Market orders. */
  public static final OrderTerms MARKET = new OrderTerms(OrderType.MARKET, BigDecimal.ZERO);

  public OrderTerms {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(limitOffsetBps, "limitOffsetBps");
    if (limitOffsetBps.signum() < 0 || limitOffsetBps.compareTo(BPS) >= 0) {
      throw new IllegalArgumentException(
          "the limit offset must be at least 0 and below 10000 bps, not " + limitOffsetBps);
    }
  }

  /** Limit orders with the given offset. */
  public static OrderTerms limit(BigDecimal offsetBps) {
    return new OrderTerms(OrderType.LIMIT, offsetBps);
  }

  /**
   * The limit price of a trade: the reference price moved by the offset, then rounded to the
   * instrument's tick toward the reference price (down for a buy, up for a sell), so the price is
   * never worse than the offset allows. {@code null} for market orders.
   */
  public BigDecimal limitPrice(Trade trade, Instrument instrument) {
    if (type == OrderType.MARKET) {
      return null;
    }
    BigDecimal factor =
        trade.side() == Side.BUY
            ? BigDecimal.ONE.add(limitOffsetBps.movePointLeft(4))
            : BigDecimal.ONE.subtract(limitOffsetBps.movePointLeft(4));
    BigDecimal moved = trade.price().multiply(factor);
    BigDecimal ticks =
        moved.divide(
            instrument.priceTick(),
            0,
            trade.side() == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);
    return Decimals.clean(ticks.multiply(instrument.priceTick()));
  }
}
