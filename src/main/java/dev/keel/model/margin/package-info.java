/**
 * How a venue margins an account: its mode, the collateral it counts, the venue's rules (leverage
 * tiers, size-scaled futures rates, short option and stock rates, loan levels) and a lending
 * account's liquidation thresholds, and the leverage tiers of a contract. Values only; the figures
 * are worked out in {@code dev.keel.analytics.margin}.
 */
package dev.keel.model.margin;
