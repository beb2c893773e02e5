package dev.keel.archprobe;

import dev.keel.archprobe.cli.Cli;
import dev.keel.archprobe.ui.DesktopLauncher;
import java.time.Clock;

/** Legal: the composition root makes the one clock and hands it to the CLI or the window. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    if (args.length > 0) {
      System.exit(Cli.run(args, clock));
    }
    DesktopLauncher.launch(args, clock);
  }
}
