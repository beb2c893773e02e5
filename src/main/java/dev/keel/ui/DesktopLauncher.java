package dev.keel.ui;

import javafx.application.Application;

/**
 * Starts the window. Its public signature names no JavaFX type, so {@code dev.keel.Main} can call
 * it without the CLI ever loading the toolkit.
 */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  /** Opens the window on the file named by the first argument, or on the bundled sample. */
  public static void launch(String[] args) {
    Application.launch(KeelApp.class, args);
  }
}
