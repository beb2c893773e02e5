package dev.keel.model;

import dev.keel.model.check.Checks;
import java.util.Objects;

/**
 * One thing wrong with a portfolio, located by a path in the portfolio-file layout such as {@code
 * positions/3/quantity} or {@code targets/classes/equity}, with a message that says what to do.
 *
 * @param path slash-separated path of the offending value; empty for the whole document
 * @param message what is wrong and how to fix it
 * @param unknown the account, class, instrument, price or rate that was needed but not found, or
 *     {@code null}; a file reader uses it to drop the echoes of a declaration it already reported
 */
public record ValidationProblem(String path, String message, Reference unknown) {

  /** What a reference names. */
  public enum Kind {
    ACCOUNT,
    ASSET_CLASS,
    INSTRUMENT,
    PRICE,
    FX_RATE
  }

  /**
   * A reference by id to an account, asset class or instrument.
   *
   * @param kind what the id names
   * @param id the id or symbol
   */
  public record Reference(Kind kind, String id) {
    public Reference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }
  }

  public ValidationProblem {
    Objects.requireNonNull(path, "path");
    Checks.text(message, "message");
  }

  /** A problem that is not about an unknown reference. */
  public ValidationProblem(String path, String message) {
    this(path, message, null);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
