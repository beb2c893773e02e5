package dev.keel.engine.rebalance;

import java.math.BigDecimal;

/**
 * What a slice works out once per instrument, after its totals are known.
 *
 * @param unitValue one unit's value in the base currency
 * @param target the target weight in the slice (see {@link SliceBook#target})
 * @param startValue the value held, base currency, to the planning scale
 * @param targetValue the target value after the cash flow, to the planning scale
 */
record InstrumentFigures(
    BigDecimal unitValue, BigDecimal target, BigDecimal startValue, BigDecimal targetValue) {}
