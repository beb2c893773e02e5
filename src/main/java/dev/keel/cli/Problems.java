package dev.keel.cli;

import dev.keel.io.FileProblem;
import java.io.PrintWriter;
import java.util.List;

/** Prints located problems, one line each, and a count. */
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
}
