/**
 * What every view and view-model of the window shares: background work in lanes ({@code
 * TaskRunner}, {@code LatestTask}), undo history, the reading of typed numbers, display formats and
 * icons. Background work never touches the scene graph: results come back on the JavaFX thread.
 */
package dev.keel.ui.common;
