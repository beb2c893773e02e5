package dev.keel.cli;

import dev.keel.io.FileProblem;
import java.io.PrintWriter;
import java.util.List;

/** Prints located problems and warnings, one line each. */
final class Problems {
  private Problems() {}

  static void print(PrintWriter err, String file, List<FileProblem> problems) {
    problems.forEach(err::println);
    err.println(
        file
            + ": "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ", nothing was changed");
  }

  /** Prints what a valid file holds that the user should look at, one line each. */
  static void warnings(PrintWriter err, List<FileProblem> warnings) {
    warnings.forEach(
        warning -> err.println(warning.file() + warningAt(warning) + warning.message()));
  }

  private static String warningAt(FileProblem warning) {
    return warning.line() <= 0
        ? ": warning: "
        : ":" + warning.line() + ":" + warning.column() + ": warning: ";
  }
}
