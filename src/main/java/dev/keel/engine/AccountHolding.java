package dev.keel.engine;

import java.math.BigDecimal;

/**
 * The part of an instrument held in one account.
 *
 * @param account account id
 * @param quantity units held there
 * @param marketValue their value in the base currency
 */
public record AccountHolding(String account, BigDecimal quantity, BigDecimal marketValue) {}
