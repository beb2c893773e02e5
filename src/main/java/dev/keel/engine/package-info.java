/**
 * The calculations on a portfolio: valuation in the base currency, drift against targets and bands
 * (and, in later issues, rebalancing proposals). Stateless services over the {@code model} records:
 * no files, JSON, clocks or JavaFX, so every result is reproducible from its inputs.
 */
package dev.keel.engine;
