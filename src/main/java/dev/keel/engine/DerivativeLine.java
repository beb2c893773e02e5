package dev.keel.engine;

import dev.keel.model.AssetType;
import java.math.BigDecimal;

/**
 * A derivative position, shown beside the allocation but not part of it: its exposure is reported,
 * not weighted.
 *
 * @param account account id
 * @param symbol contract symbol
 * @param type perpetual, future or option
 * @param quantity contracts held, negative when short
 * @param price price per contract unit in the quote currency
 * @param exposure quantity times price times multiplier, in the base currency (for an option, the
 *     premium value)
 */
public record DerivativeLine(
    String account,
    String symbol,
    AssetType type,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal exposure) {}
