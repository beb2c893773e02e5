/**
 * Keel, a desktop rebalancing workstation. {@link dev.keel.Main} is the composition root: it sends
 * a command to the CLI and anything else to the window. It makes the one {@link java.time.Clock} of
 * a run and hands it to either, so no other class reads the time of day.
 */
package dev.keel;
