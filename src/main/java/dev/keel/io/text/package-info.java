/**
 * How Keel reads the text of a value: exact decimals from what people write in files and on the
 * command line, with the reason when a text is refused. A leaf below every format, so that the
 * portfolio file, the holdings CSV and the command line read a number the one same way.
 */
package dev.keel.io.text;
