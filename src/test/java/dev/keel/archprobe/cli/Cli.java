package dev.keel.archprobe.cli;

import dev.keel.archprobe.engine.Rounding;
import dev.keel.archprobe.io.BookFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** Legal: picocli over io and the engine; the CLI prints and reads the clock it is given. */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, Clock clock) {
    CommandLine.Help.Ansi ansi = CommandLine.Help.Ansi.OFF;
    try {
      System.out.println(ansi.string(BookFiles.read(Path.of(args[0]))) + " " + clock.instant());
    } catch (IOException e) {
      System.err.println("cannot read " + args[0]);
      return 1;
    }
    System.out.println(Rounding.toLot(BigDecimal.TEN));
    return 0;
  }
}
