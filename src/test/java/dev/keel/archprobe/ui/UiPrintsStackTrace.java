package dev.keel.archprobe.ui;

/** Breaks onlyCliPrints: the window prints a stack trace to standard error. */
public final class UiPrintsStackTrace {
  private UiPrintsStackTrace() {}

  static void fail(RuntimeException e) {
    e.printStackTrace();
  }
}
