/**
 * The open portfolio as a document: open, import, edit with undo and redo, save. Files are read and
 * written on the files lane; a newer open cancels the one under way, while a save always runs to
 * its end.
 */
package dev.keel.ui.document;
