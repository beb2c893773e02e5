/**
 * The value types Keel reasons about: instruments, accounts, positions, cash, prices, FX, targets,
 * drift bands, costs, restrictions and the cash policy. Everything here is an immutable record of
 * exact decimals, free of files, JSON, clocks and JavaFX, so the engine, the CLI and the window
 * share one model.
 */
package dev.keel.model;
