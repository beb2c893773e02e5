package dev.keel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The names of Keel's commands, and whether arguments are meant for the command line. Kept apart
 * from {@link KeelCli} so that starting the window does not load the command line's classes
 * (picocli and every command, about a tenth of a second); a test checks the names against the
 * commands declared on {@link KeelCli}.
 */
public final class CommandNames {
  /** Every command, help included. */
  public static final Set<String> ALL =
      Set.of(
          "validate",
          "drift",
          "exposure",
          "margin",
          "stress",
          "rebalance",
          "hedge",
          "import-holdings",
          "generate-book",
          "help");

  private CommandNames() {}

  /**
   * Whether these arguments are for the command line rather than the window: a command, an option,
   * or a first argument that is neither a command nor an existing file (which the command line then
   * explains).
   */
  public static boolean isCommand(String[] args) {
    return args.length > 0
        && (ALL.contains(args[0]) || args[0].startsWith("-") || !Files.exists(Path.of(args[0])));
  }
}
