/**
 * The holdings and drift view: every asset class, instrument and cash line with its weights,
 * target, drift and band state.
 */
package dev.keel.ui.holdings;
