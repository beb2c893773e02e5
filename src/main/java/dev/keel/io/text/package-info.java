/**
 * How Keel reads the text of a value: exact decimals from what people write in files and on the
 * command line, with the reason when a text is refused, and the limits of every input ({@code
 * InputLimits}). A leaf below every format, so that the portfolio file, the holdings CSV and the
 * command line read a number the one same way and share one set of limits.
 */
package dev.keel.io.text;
