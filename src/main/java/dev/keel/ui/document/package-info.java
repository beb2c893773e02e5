/** The open portfolio as a document: open, import, edit with undo and redo, save. */
package dev.keel.ui.document;
