package dev.keel.analytics.margin;

import dev.keel.model.margin.MarginMode;

/**
 * One account's margin, in the base currency.
 *
 * @param account the account's id
 * @param mode how it is margined
 * @param walletBalance its collateral: the cash and spot holdings that count, each at its haircut,
 *     less its loans; a lending account's collateral at its liquidation thresholds, without its
 *     debt
 * @param unrealisedPnl the profit of its perpetuals and futures at the mark (mark minus entry)
 * @param marginBalance wallet balance plus unrealised profit plus the value of its options
 * @param initialMargin what opening its positions sets aside under their rules (a tiered contract's
 *     notional over its leverage); a lending account's debt
 * @param maintenanceMargin what it must keep under its positions' and loans' rules (a tiered
 *     contract's notional times its tier's rate, less the tier's amount); a lending account's debt
 * @param marginRatio maintenance margin over margin balance, liquidation at 1 (in isolated mode the
 *     highest of its positions' own); {@code null} when the margin balance is not above 0, and for
 *     a cash account
 * @param leverage gross notional over margin balance; {@code null} when that is not above 0
 * @param freeCollateral margin balance less initial margin
 * @param healthFactor a lending account's health factor: its collateral at its liquidation
 *     thresholds over its debt, liquidation below 1; {@code null} where it does not apply (every
 *     other mode, and a lending account without debt)
 * @param shockToLiquidation the common move of every underlying (-0.3 for 30 % down) at which the
 *     margin balance meets the maintenance margin, the one nearest to 0 within -99 % to +500 %;
 *     {@code null} when there is none
 * @param atLiquidation whether the account is at or past liquidation now: its margin balance does
 *     not cover its maintenance margin (in isolated mode, one position's own margin does not)
 * @param marginLevel the margin level of an account that borrows under rules with loan levels
 *     (Binance's cross margin): its assets (collateral at its haircuts, and its options) over its
 *     debt; {@code null} where it does not apply (no loan levels, or no debt)
 * @param equity what the account is worth, every asset at its full value: cash, spot holdings and
 *     options at their value, perpetuals and futures at their unrealised profit, loans less
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
    boolean atLiquidation,
    Double marginLevel,
    double equity) {}
