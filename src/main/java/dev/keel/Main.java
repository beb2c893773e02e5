package dev.keel;

import dev.keel.cli.CommandNames;
import dev.keel.cli.KeelCli;
import dev.keel.ui.DesktopLauncher;
import java.time.Clock;

/**
 * Entry point of {@code keel.jar} and the composition root: a command ({@code validate}, {@code
 * drift}, ...) runs the CLI without loading JavaFX; no argument, or a portfolio file, opens the
 * window. The one {@link Clock} of a run is made here and handed to either; no other class reads
 * the time of day.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    if (CommandNames.isCommand(args)) {
      System.exit(KeelCli.run(args, clock));
    }
    DesktopLauncher.whyNoWindow().ifPresent(reason -> System.exit(KeelCli.refuse(reason)));
    DesktopLauncher.launch(args, clock);
  }
}
