/**
 * The calculations on a portfolio: valuation in the base currency, drift against targets and bands,
 * targets resolved to the whole book, and synthetic books for benchmarks; rebalancing lives in
 * {@code engine.rebalance}. Stateless services over the {@code model} records: no files, JSON,
 * clocks or JavaFX, so every result is reproducible from its inputs.
 */
package dev.keel.engine;
