/**
 * Margin and liquidation: each margin account's balance, initial and maintenance margin and margin
 * ratio, each position's liquidation price, and the common move of the market that would liquidate
 * the account. The formulas and their sources are in docs/margin.md.
 */
package dev.keel.analytics.margin;
