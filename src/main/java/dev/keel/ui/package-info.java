/**
 * The JavaFX window, one sub-package per feature, and here its shell: the application, the main
 * window with its menus, and the view-model of the whole window. Views only build nodes, bind them
 * and forward events; view-models hold state and commands without touching {@code javafx.scene},
 * and leave computing and file access to {@code engine} and {@code io}.
 */
package dev.keel.ui;
