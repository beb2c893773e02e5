package dev.keel.archprobe;

import javafx.application.Platform;

/** Breaks cliAndRootLoadNoJavaFx and rootUses: the composition root touches the toolkit. */
public final class RootLoadsJavaFx {
  private RootLoadsJavaFx() {}

  static void exit() {
    Platform.exit();
  }
}
