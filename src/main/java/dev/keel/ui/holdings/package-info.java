/**
 * The holdings and drift view: every asset class, instrument and cash line with its weights,
 * target, drift and band state, its filters and its in-place edits of weights, bands and
 * restrictions. The drift is worked out on the compute lane; until it arrives the lines shown are
 * marked stale.
 */
package dev.keel.ui.holdings;
