/**
 * The exposure a book really has, per position, per underlying and per account: option Greeks,
 * delta in units and in cash, cash gamma, vega, theta, notional, equity and leverage, counted over
 * spot, perpetuals, futures and options alike. Pure calculations on a portfolio and a market
 * snapshot, in {@code double}; see {@code docs/exposure.md}.
 */
package dev.keel.analytics.exposure;
