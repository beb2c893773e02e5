/**
 * The export dialog and its view-model: format, order type, destination, preview, and the agreement
 * to replace a file. The approved orders of the current review are written through {@code
 * io.export.OrderExport}, on the files lane of the window's task runner, never by the dialog
 * itself.
 */
package dev.keel.ui.export;
