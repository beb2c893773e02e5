package dev.keel.analytics.stress;

import dev.keel.model.margin.MarginMode;

/**
 * An account today and at its worst scenario.
 *
 * @param account the account's id
 * @param mode how it is margined
 * @param equity its equity today
 * @param marginRatio its margin ratio today; {@code null} as in the margin report
 * @param worstScenario the name of the scenario with the largest weighted loss (the first of
 *     equals); {@code null} when no scenario was run
 * @param worstPnl that scenario's P&amp;L for it, unweighted
 * @param worstWeightedPnl the same, weighted
 * @param liquidatedIn how many of the scenarios liquidate it
 * @param firstLiquidating the first scenario, in the order run, that liquidates it; {@code null}
 *     when none does
 */
public record AccountWorst(
    String account,
    MarginMode mode,
    double equity,
    Double marginRatio,
    String worstScenario,
    double worstPnl,
    double worstWeightedPnl,
    int liquidatedIn,
    String firstLiquidating) {}
