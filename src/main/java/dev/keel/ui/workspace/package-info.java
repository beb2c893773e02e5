/**
 * The window's workspace: its views (allocation, derivatives, exposure, proposal, margin, and the
 * places kept for stress and risk) as tabs in two areas one above the other, arranged by the trader
 * and remembered between starts. The workspace only arranges views; each keeps its own view-model.
 */
package dev.keel.ui.workspace;
