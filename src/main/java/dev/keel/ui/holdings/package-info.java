/**
 * The holdings and drift view: every asset class, instrument and cash line with its weights,
 * target, drift and band state, and allocation charts. {@code HoldingsViewModel} filters the lines
 * and checks weights and bands as they are typed, then applies them through the document.
 */
package dev.keel.ui.holdings;
