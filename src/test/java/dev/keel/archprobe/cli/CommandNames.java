package dev.keel.archprobe.cli;

import java.util.Set;

/** Legal: a cli constant that needs nothing. */
public final class CommandNames {
  public static final Set<String> ALL = Set.of("validate", "drift");

  private CommandNames() {}
}
