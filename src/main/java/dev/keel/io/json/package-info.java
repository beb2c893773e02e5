/**
 * The portfolio file's JSON format: the located tree ({@code LocatedJson}), the strict field reader
 * ({@code JsonFields}) and one reader/writer pair per section of the file, composed in file order
 * by {@link dev.keel.io.json.PortfolioDocument}. A new section of the file (volatilities, rates,
 * margin terms) is one new {@code Section} here; nothing else in Keel needs to change to read it.
 */
package dev.keel.io.json;
