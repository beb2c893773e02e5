/**
 * Keel, a desktop rebalancing workstation. {@link dev.keel.Main} is the composition root: it sends
 * a command to the CLI and anything else to the window.
 */
package dev.keel;
