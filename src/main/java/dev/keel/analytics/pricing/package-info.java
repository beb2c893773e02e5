/**
 * Option values, Greeks and implied volatilities in plain doubles: {@link
 * dev.keel.analytics.pricing.OptionPricer} values an {@link dev.keel.analytics.pricing.OptionSpec}
 * by Black-Scholes-Merton or Black-76 (European) and Bjerksund-Stensland 2002 (American), and
 * {@link dev.keel.analytics.pricing.ImpliedVolatility} inverts a price, or says why it cannot. The
 * formulas, their sources and the units of the Greeks are in docs/pricing.md; nothing here reads
 * files, clocks or market data of its own, so every caller passes the market in.
 */
package dev.keel.analytics.pricing;
