/**
 * Stress scenarios: the book revalued in full under a move of its underlyings, a change of
 * volatility and a step of time, and its margin worked out again, per account. The built-in sets
 * (SPAN-like, Deribit's portfolio-margin grid and extended table, TIMS-like) and the user's own
 * scenarios are described in docs/stress.md.
 */
package dev.keel.analytics.stress;
