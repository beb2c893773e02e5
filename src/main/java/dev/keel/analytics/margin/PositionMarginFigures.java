package dev.keel.analytics.margin;

/**
 * One margined position's margin: a perpetual's or future's, a short option's, stock's on margin.
 * Money in the base currency; prices in the position's quote currency.
 *
 * @param account the account's id
 * @param symbol the contract
 * @param quantity contracts held, negative for a short
 * @param entryPrice the average open price, {@code null} when not given (the mark is used)
 * @param markPrice the snapshot's price
 * @param notional quantity times mark times multiplier, without its sign (an inverse contract's
 *     size in its coin at the coin's value; an option's, the value of its underlying)
 * @param initialMargin notional over the position's leverage (its tier's highest when none is
 *     given)
 * @param maintenanceMargin notional times its tier's rate less its tier's amount
 * @param liquidationPrice the mark at which the account (cross) or the position's own margin
 *     (isolated) meets the maintenance margin, every other position held; {@code null} when no
 *     price liquidates it (a long), the mark when it is past liquidation now (a short); {@code
 *     null} for options and stock, which have none of their own
 * @param liquidationPriceApplies whether the position's kind has a liquidation price of its own
 *     (perpetuals and futures); the account's shock to liquidation covers the others
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
    Double liquidationPrice,
    boolean liquidationPriceApplies) {}
