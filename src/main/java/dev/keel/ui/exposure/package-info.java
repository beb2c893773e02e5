/**
 * The exposure view: the book's net delta, gamma, vega and theta per underlying, every position's
 * Greeks, the expiry ladder and a profit and loss profile of the underlying chosen. The exposure is
 * worked out on the compute lane whenever the book changes while the view is shown; until it
 * arrives the figures shown are marked stale.
 */
package dev.keel.ui.exposure;
