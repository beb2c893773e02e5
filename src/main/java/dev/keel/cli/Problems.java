package dev.keel.cli;

import dev.keel.io.FileProblem;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  /**
   * A valid portfolio read from {@code file}, its warnings printed; {@code null} when the file is
   * not valid, its problems printed (the command then exits with {@link KeelCli#FAILED}).
   */
  static Portfolio readValid(PrintWriter err, Path file) {
    ReadResult<Portfolio> result = PortfolioFiles.read(file);
    if (!result.isOk()) {
      print(err, file.toString(), result.problems());
      return null;
    }
    warnings(err, result.warnings());
    return result.get();
  }
}
