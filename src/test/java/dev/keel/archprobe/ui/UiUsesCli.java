package dev.keel.archprobe.ui;

import dev.keel.archprobe.cli.CommandNames;
import java.util.Set;

/** Breaks uiUsesNoCli, uiUses and layers: the window borrows from the command line. */
public final class UiUsesCli {
  private UiUsesCli() {}

  static Set<String> commands() {
    return CommandNames.ALL;
  }
}
