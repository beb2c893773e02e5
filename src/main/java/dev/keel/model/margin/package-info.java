/**
 * How a venue margins an account: its mode and the collateral it counts, and the leverage tiers of
 * a contract. Values only; the figures (margin balance, maintenance margin, liquidation prices) are
 * worked out in {@code dev.keel.analytics.margin}.
 */
package dev.keel.model.margin;
