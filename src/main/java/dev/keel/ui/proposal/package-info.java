/** Rebalance settings, the proposal and its review: approve, reject, resize. */
package dev.keel.ui.proposal;
