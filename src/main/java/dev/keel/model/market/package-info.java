/**
 * Market data apart from the book: a {@link dev.keel.model.market.MarketSnapshot} holds the prices
 * and FX rates of one instant, so valuation, drift and rebalancing can run the same book under
 * another snapshot (a stress scenario, a day of a backtest). Immutable records of exact decimals,
 * free of files, JSON, clocks and JavaFX.
 */
package dev.keel.model.market;
