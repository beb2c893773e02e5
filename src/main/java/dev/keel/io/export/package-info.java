/**
 * Order export per venue: an {@code ExportPlan} says which file each approved trade goes to (a CCXT
 * list per crypto-exchange account, one IBKR basket, generic CSV for the rest, or one forced
 * format), one {@code FormatWriter} per format spells its orders and refuses what it cannot carry,
 * and {@code OrderExport} writes every file and the manifest that lists them, all or none. A new
 * venue or format is a new writer here.
 */
package dev.keel.io.export;
