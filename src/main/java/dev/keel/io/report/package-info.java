/**
 * Reports written from the engine's results for other programs: the drift report as JSON and as
 * CSV, with plain decimals and spreadsheet-safe cells. Further reports (exposure, margin, stress)
 * join here, each a renderer of a result the engine or the analytics computed.
 */
package dev.keel.io.report;
