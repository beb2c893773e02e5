/**
 * The guard on proposals: each margin account's guard figures (margin ratio, leverage, health
 * factor, shock to liquidation), the limits of the mandate they must keep, and what a proposal does
 * to them. The rebalancer de-risks and cuts trades with these (docs/margin.md, "The guard").
 */
package dev.keel.engine.guard;
