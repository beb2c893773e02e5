/** What every view and view-model of the window shares: background work, undo history, icons. */
package dev.keel.ui.common;
