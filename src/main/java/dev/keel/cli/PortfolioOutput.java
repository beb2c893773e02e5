package dev.keel.cli;

import dev.keel.io.FileProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the rebalance of one portfolio prints, held while the portfolios run in parallel and printed
 * in the order they were given: the text for standard output, the text for standard error, and
 * whether it went well.
 *
 * @param ok whether the portfolio was rebalanced and its orders written (or listed, in a dry run)
 * @param out the text for standard output
 * @param err the text for standard error
 */
record PortfolioOutput(boolean ok, String out, String err) {
  /** A portfolio that went wrong, with nothing on standard output and why on standard error. */
  static PortfolioOutput failed(String err) {
    return new PortfolioOutput(false, "", err);
  }

  /** A file that could not be read: every problem, one line each, and that nothing was changed. */
  static PortfolioOutput invalid(String file, List<FileProblem> problems) {
    return failed(printed(err -> Problems.print(err, file, problems)));
  }

  /** The warnings of a valid file, one line each, as they are printed on standard error. */
  static String warnings(List<FileProblem> warnings) {
    return printed(err -> Problems.warnings(err, warnings));
  }

  /** The same output, with {@code before} printed first on standard error. */
  PortfolioOutput afterOnErr(String before) {
    return new PortfolioOutput(ok, out, before + err);
  }

  /** Prints the output on the streams. */
  void print(PrintWriter stdout, PrintWriter stderr) {
    stdout.print(out);
    stderr.print(err);
  }

  private static String printed(Consumer<PrintWriter> printing) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    printing.accept(writer);
    writer.flush();
    return text.toString();
  }
}
