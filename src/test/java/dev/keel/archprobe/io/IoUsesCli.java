package dev.keel.archprobe.io;

import dev.keel.archprobe.cli.CommandNames;
import java.util.Set;

/** Breaks ioUses and layers (and closes a cycle with cli): io reaches up to the command line. */
public final class IoUsesCli {
  private IoUsesCli() {}

  static Set<String> commands() {
    return CommandNames.ALL;
  }
}
