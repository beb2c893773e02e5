package dev.keel.engine.rebalance;

import dev.keel.model.Instrument;
import java.math.BigDecimal;

/**
 * A rebalancing buy as wanted before cash is known.
 *
 * @param instrument what to buy
 * @param value how much, base currency
 * @param why the reason
 * @param rank the line's drift after the flow (weight minus target): the most underweight (the
 *     lowest) is funded first
 */
record WantedBuy(Instrument instrument, BigDecimal value, Reason why, BigDecimal rank) {}
