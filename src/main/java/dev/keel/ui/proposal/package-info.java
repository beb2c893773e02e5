/**
 * Rebalance settings, the proposal and its review: approve, reject, resize. {@code
 * ProposalViewModel} runs the rebalancer on the task runner and marks a proposal that is being
 * recomputed as stale, never as current.
 */
package dev.keel.ui.proposal;
