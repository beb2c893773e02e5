/**
 * The JavaFX window, one sub-package per feature. Views only build nodes and bind them; view-models
 * hold state and commands without touching {@code javafx.scene}; computing and file access stay in
 * {@code engine} and {@code io}.
 */
package dev.keel.ui;
