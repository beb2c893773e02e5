package dev.keel.analytics.margin;

/**
 * One perpetual's or future's margin. Money in the base currency; prices in the contract's quote
 * currency.
 *
 * @param account the account's id
 * @param symbol the contract
 * @param quantity contracts held, negative for a short
 * @param entryPrice the average open price, {@code null} when not given (the mark is used)
 * @param markPrice the snapshot's price
 * @param notional quantity times mark times multiplier, without its sign
 * @param initialMargin notional over the position's leverage (its tier's highest when none is
 *     given)
 * @param maintenanceMargin notional times its tier's rate less its tier's amount
 * @param liquidationPrice the mark at which the account (cross) or the position's own margin
 *     (isolated) meets the maintenance margin, every other position held; {@code null} when no
 *     price liquidates it (a long), the mark when it is past liquidation now (a short)
 */
public record PositionMarginFigures(
    String account,
    String symbol,
    double quantity,
    Double entryPrice,
    double markPrice,
    double notional,
    double initialMargin,
    double maintenanceMargin,
    Double liquidationPrice) {}
