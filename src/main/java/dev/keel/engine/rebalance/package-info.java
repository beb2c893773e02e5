/**
 * Rebalancing: from a portfolio, its targets and the user's settings, a proposal of exchange-ready
 * trades, each with its reason, and the review in which the user approves, rejects or resizes them.
 * Pure calculation on {@code model} records; exporting the approved orders is {@code io}'s.
 */
package dev.keel.engine.rebalance;
