/** The export dialog's state: format, order type, destination, preview, writing. */
package dev.keel.ui.export;
