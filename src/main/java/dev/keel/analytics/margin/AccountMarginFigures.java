package dev.keel.analytics.margin;

import dev.keel.model.margin.MarginMode;

/**
 * One account's margin, in the base currency.
 *
 * @param account the account's id
 * @param mode how it is margined
 * @param walletBalance its collateral: the cash and spot holdings that count, each at its haircut
 * @param unrealisedPnl the profit of its perpetuals and futures at the mark (mark minus entry)
 * @param marginBalance wallet balance plus unrealised profit plus the value of its options
 * @param initialMargin what its contracts' leverage sets aside: notional over leverage
 * @param maintenanceMargin what it must keep: each contract's notional times its tier's rate, less
 *     the tier's amount
 * @param marginRatio maintenance margin over margin balance, liquidation at 1 (in isolated mode the
 *     highest of its positions' own); {@code null} when the margin balance is not above 0, and for
 *     a cash account
 * @param leverage gross notional over margin balance; {@code null} when that is not above 0
 * @param freeCollateral margin balance less initial margin
 * @param healthFactor a lending account's health factor; {@code null} where it does not apply
 * @param shockToLiquidation the common move of every underlying (-0.3 for 30 % down) at which the
 *     margin balance meets the maintenance margin, the one nearest to 0 within -99 % to +500 %;
 *     {@code null} when there is none
 * @param atLiquidation whether the account is at or past liquidation now: its margin balance does
 *     not cover its maintenance margin (in isolated mode, one position's own margin does not)
 */
public record AccountMarginFigures(
    String account,
    MarginMode mode,
    double walletBalance,
    double unrealisedPnl,
    double marginBalance,
    double initialMargin,
    double maintenanceMargin,
    Double marginRatio,
    Double leverage,
    double freeCollateral,
    Double healthFactor,
    Double shockToLiquidation,
    boolean atLiquidation) {}
