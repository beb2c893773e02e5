package dev.keel.archprobe.io;

import picocli.CommandLine;

/** Breaks ioUses: io parses a command line. */
public final class IoUsesPicocli {
  private IoUsesPicocli() {}

  static CommandLine.Help.Ansi plain() {
    return CommandLine.Help.Ansi.OFF;
  }
}
