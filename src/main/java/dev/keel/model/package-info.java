/**
 * The value types Keel reasons about: a {@link dev.keel.model.Portfolio} is a book (accounts at
 * their venues, instruments, positions, cash), a mandate (targets, drift bands, costs,
 * restrictions, the cash policy) and the market snapshot of {@code model.market}. The records are
 * immutable and exact decimals, and {@link dev.keel.model.PortfolioValidator} checks what ties them
 * together. Nothing here touches files, JSON, clocks, logging or JavaFX, so the analytics, the
 * engine, the CLI and the window share one model.
 */
package dev.keel.model;
