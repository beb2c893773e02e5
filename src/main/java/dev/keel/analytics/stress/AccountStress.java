package dev.keel.analytics.stress;

import dev.keel.model.margin.MarginMode;

/**
 * One account after one scenario, money in the base currency.
 *
 * @param account the account's id
 * @param mode how it is margined
 * @param pnl the change of its equity against the book revalued with nothing moved
 * @param weightedPnl {@code pnl} times the scenario's weight: what scenarios are compared by
 * @param equity its equity after the scenario: today's plus {@code pnl}
 * @param marginBalance its margin balance after the scenario (collateral at its haircuts)
 * @param maintenanceMargin its maintenance margin after the scenario, in the tiers of the moved
 *     notionals
 * @param marginRatio maintenance over margin balance after; {@code null} for a cash account and
 *     when the margin balance is not above 0
 * @param liquidated whether the scenario takes a margin account to or past liquidation
 */
public record AccountStress(
    String account,
    MarginMode mode,
    double pnl,
    double weightedPnl,
    double equity,
    double marginBalance,
    double maintenanceMargin,
    Double marginRatio,
    boolean liquidated) {}
