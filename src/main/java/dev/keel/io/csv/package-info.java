/**
 * The holdings CSV import: a broker's or exchange's export of what is held, read as a table ({@code
 * CsvTable}) and built into a portfolio without targets ({@code HoldingsBook}), every problem
 * located by line and column. It lives apart from the portfolio file's format because it reads
 * another's format, leniently about separators and decimal commas, strictly about values.
 */
package dev.keel.io.csv;
