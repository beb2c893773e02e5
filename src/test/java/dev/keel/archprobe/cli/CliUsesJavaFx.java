package dev.keel.archprobe.cli;

import javafx.application.Platform;

/** Breaks cliAndRootLoadNoJavaFx and cliUses: the command line loads the toolkit. */
public final class CliUsesJavaFx {
  private CliUsesJavaFx() {}

  static boolean onFxThread() {
    return Platform.isFxApplicationThread();
  }
}
