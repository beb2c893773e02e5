package dev.keel.engine.guard;

import dev.keel.model.margin.MarginMode;

/**
 * One margin account's figures the guard watches, from the margin calculator (docs/margin.md).
 *
 * @param account the account's id
 * @param mode how it is margined
 * @param marginRatio maintenance margin over margin balance; {@code null} when the balance is not
 *     above 0
 * @param leverage gross notional over margin balance; {@code null} when the balance is not above 0
 * @param marginBalance the margin balance, in the base currency
 * @param healthFactor a lending account's health factor; {@code null} where it does not apply
 * @param shockToLiquidation the common move nearest to 0 that liquidates it, {@code null} for none
 */
public record GuardFigures(
    String account,
    MarginMode mode,
    Double marginRatio,
    Double leverage,
    double marginBalance,
    Double healthFactor,
    Double shockToLiquidation) {}
