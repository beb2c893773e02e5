/**
 * Files in and out: the JSON portfolio file (strict, located errors, lossless, atomic writes) and
 * the holdings CSV import. Parsing is done by Jackson; this package maps parsed trees to the model
 * and back, and says exactly where a file is wrong.
 */
package dev.keel.io;
