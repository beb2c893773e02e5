/**
 * The value types Keel reasons about: a {@link dev.keel.model.Portfolio} is a book (accounts at
 * their venues, instruments, positions, cash), a mandate (targets, drift bands, costs,
 * restrictions, the cash policy) and the market snapshot of {@code model.market}. Everything here
 * is an immutable record of exact decimals, free of files, JSON, clocks and JavaFX, so the
 * analytics, the engine, the CLI and the window share one model.
 */
package dev.keel.model;
