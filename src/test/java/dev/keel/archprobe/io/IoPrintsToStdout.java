package dev.keel.archprobe.io;

/** Breaks onlyCliPrints: io prints instead of returning a result. */
public final class IoPrintsToStdout {
  private IoPrintsToStdout() {}

  static void report(String line) {
    System.out.println(line);
  }
}
