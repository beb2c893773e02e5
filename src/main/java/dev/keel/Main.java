package dev.keel;

import dev.keel.cli.CommandNames;
import dev.keel.cli.KeelCli;
import dev.keel.ui.DesktopLauncher;

/**
 * Entry point of {@code keel.jar}: a command ({@code validate}, {@code drift}, ...) runs the CLI
 * without loading JavaFX; no argument, or a portfolio file, opens the window.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (CommandNames.isCommand(args)) {
      System.exit(KeelCli.run(args));
    }
    DesktopLauncher.whyNoWindow().ifPresent(reason -> System.exit(KeelCli.refuse(reason)));
    DesktopLauncher.launch(args);
  }
}
