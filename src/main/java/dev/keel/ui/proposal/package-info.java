/**
 * Rebalance settings, the proposal and its review: approve, reject, resize, with the totals of the
 * approved trades. Proposals and totals are worked out on the compute lane; only the latest result
 * is shown, and the one before stays marked stale until it arrives.
 */
package dev.keel.ui.proposal;
