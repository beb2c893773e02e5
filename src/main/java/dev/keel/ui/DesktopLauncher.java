package dev.keel.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the window. Its public signature names no JavaFX type, so {@code dev.keel.Main} can call
 * it without the CLI ever loading the toolkit.
 */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  /**
   * Why the window cannot open here, if it cannot: on Linux and other X11 systems a window needs a
   * display. Checked before JavaFX is loaded, so the user gets a sentence, not a stack trace.
   */
  public static Optional<String> whyNoWindow() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean usesX11 = !os.contains("win") && !os.contains("mac");
    boolean hasDisplay =
        System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    if (usesX11 && !hasDisplay) {
      return Optional.of(
          "no display to open the window on (DISPLAY is not set). Run Keel from a desktop"
              + " session, or under xvfb-run on a server; for the command line see keel --help");
    }
    return Optional.empty();
  }

  /**
   * Opens the window on the file named by the first argument, or on the bundled sample. The window
   * reads the time (the as-of of an import, the time stamp of an export) from {@code clock}.
   */
  public static void launch(String[] args, Clock clock) {
    // JavaFX logs through java.util.logging: route it to SLF4J like everything else.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    // the toolkit makes the Application itself, so the clock goes over before it does
    KeelApp.useClock(clock);
    Application.launch(KeelApp.class, args);
  }
}
