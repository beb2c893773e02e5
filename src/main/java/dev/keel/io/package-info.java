/**
 * Files in and out: the JSON portfolio file (strict, located errors, lossless, atomic writes), the
 * holdings CSV import, report formats, order export per venue and the window's remembered settings.
 * Parsing is done by Jackson; this package maps parsed trees to the model and back, says exactly
 * where a file is wrong, and is the only way the window reaches the disk.
 */
package dev.keel.io;
