/**
 * The open portfolio as a document: open, import, edit with undo and redo, save. {@code
 * DocumentViewModel} keeps each edit as a new immutable {@code Portfolio} in a {@code History} and
 * reads and writes files through {@code io} on the task runner; the import dialog asks what a
 * holdings CSV does not say.
 */
package dev.keel.ui.document;
