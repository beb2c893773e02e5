package dev.keel.archprobe.ui;

import java.time.Clock;
import javafx.application.Platform;

/** Legal: the window's entry, handed the clock of the composition root. */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  public static void launch(String[] args, Clock clock) {
    Platform.startup(() -> new Window(clock).show(args));
  }
}
