package dev.keel.io;

import dev.keel.io.json.PortfolioDocument;
import dev.keel.io.json.Problem;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.List;

/**
 * The portfolio file format (see {@code docs/portfolio-format.md}): strict reading with every
 * problem located, and deterministic, lossless writing. This is the format's entry point for the
 * rest of Keel; its sections are read and written in {@code dev.keel.io.json}.
 */
public final class PortfolioJson {
  /** Value of the {@code format} field. */
  public static final String FORMAT = PortfolioDocument.FORMAT;

  /** The version of the format this code reads and writes. */
  public static final int VERSION = PortfolioDocument.VERSION;

  /** The price tick of an instrument that names none. */
  public static final BigDecimal DEFAULT_PRICE_TICK = PortfolioDocument.DEFAULT_PRICE_TICK;

  /** The shared instance; it holds no state. */
  public static final PortfolioJson DEFAULT = new PortfolioJson();

  private PortfolioJson() {}

  /**
   * Reads a portfolio from JSON text. {@code file} names the source in problems.
   *
   * @return the portfolio, or every problem found (syntax, structure and cross-references); for one
   *     of Keel's other files (orders, a manifest, a report, a holdings CSV), one problem at 1:1
   *     that says what it is and what to open instead
   */
  public ReadResult<Portfolio> read(String file, String text) {
    String other = OtherKeelFiles.recognise(text);
    if (other != null) {
      return ReadResult.failed(List.of(new FileProblem(file, 1, 1, other)));
    }
    PortfolioDocument.Read read = PortfolioDocument.DEFAULT.read(text);
    if (read.portfolio() == null) {
      return ReadResult.failed(located(file, read.problems()));
    }
    return ReadResult.ok(read.portfolio(), located(file, read.warnings()));
  }

  private static List<FileProblem> located(String file, List<Problem> problems) {
    return problems.stream()
        .map(p -> new FileProblem(file, p.line(), p.column(), p.message()))
        .toList();
  }

  /** Writes a portfolio as JSON text: the same portfolio always gives the same text. */
  public String write(Portfolio portfolio) {
    return PortfolioDocument.DEFAULT.write(portfolio);
  }
}
