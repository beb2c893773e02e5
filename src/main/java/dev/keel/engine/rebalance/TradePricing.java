package dev.keel.engine.rebalance;

import dev.keel.engine.Valuation;
import dev.keel.engine.rebalance.Trade.Purpose;
import dev.keel.model.CostSchedule;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;

/** Prices a trade of a portfolio's instrument: notional, fee and slippage in quote and base. */
final class TradePricing {
  private final Portfolio portfolio;
  private final Valuation valuation;

  TradePricing(Portfolio portfolio, Valuation valuation) {
    this.portfolio = portfolio;
    this.valuation = valuation;
  }

  Trade trade(
      String id,
      String account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      Purpose purpose,
      Reason reason) {
    BigDecimal notional = valuation.notional(instrument, quantity);
    BigDecimal rate = valuation.fxRate(instrument.quoteCurrency());
    CostSchedule schedule = portfolio.costs().scheduleFor(account, instrument.symbol());
    BigDecimal fee = CostEstimator.fee(schedule, notional, instrument.quoteCurrency());
    return new Trade(
        id,
        account,
        instrument.symbol(),
        side,
        Decimals.clean(quantity),
        valuation.price(instrument.symbol()),
        instrument.quoteCurrency(),
        notional,
        notional.multiply(rate),
        fee,
        fee.multiply(rate),
        CostEstimator.slippage(schedule, notional, instrument.quoteCurrency()).multiply(rate),
        purpose,
        reason);
  }

  /** The same trade of {@code instrument} with another quantity, costs estimated again. */
  Trade resize(Trade trade, Instrument instrument, BigDecimal quantity) {
    return trade(
        trade.id(),
        trade.account(),
        instrument,
        trade.side(),
        quantity,
        trade.purpose(),
        trade.reason());
  }
}
