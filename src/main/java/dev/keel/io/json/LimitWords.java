package dev.keel.io.json;

import dev.keel.io.text.InputLimits;
import java.util.Locale;

/**
 * What to tell the user when the JSON parser stops at one of Keel's limits ({@link InputLimits}),
 * in Keel's words rather than the parser's.
 */
final class LimitWords {
  private LimitWords() {}

  /** The message for a limit the parser names in {@code parserMessage}. */
  static String explain(String parserMessage) {
    String lower = parserMessage == null ? "" : parserMessage.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "lists and objects are nested more than "
          + InputLimits.MAX_NESTING_DEPTH
          + " deep here: a portfolio file needs only a few levels; check that every [ and { is"
          + " closed where it should be";
    }
    if (lower.contains("number value length")) {
      return "a number of more than "
          + InputLimits.MAX_NUMBER_LENGTH
          + " characters: write at most "
          + InputLimits.MAX_DIGITS
          + " digits before and after the decimal point";
    }
    if (lower.contains("string value length")) {
      return "a text of more than "
          + InputLimits.count(InputLimits.MAX_DESCRIPTION_LENGTH)
          + " characters: "
          + texts();
    }
    if (lower.contains("name length")) {
      return "a field name of more than "
          + InputLimits.count(InputLimits.MAX_NAME_LENGTH)
          + " characters: field names are those of the format, and symbols are at most "
          + InputLimits.MAX_ID_LENGTH
          + " characters";
    }
    if (lower.contains("document length")) {
      return "the text is longer than "
          + InputLimits.count(InputLimits.MAX_PORTFOLIO_FILE_BYTES)
          + " characters: split the book into several files";
    }
    return "the file goes past one of Keel's limits here (see docs/reliability.md): shorten it";
  }

  /** The lengths texts may have, as a user is told. */
  static String texts() {
    return "write names in at most "
        + InputLimits.count(InputLimits.MAX_NAME_LENGTH)
        + " characters, ids and symbols in at most "
        + InputLimits.MAX_ID_LENGTH;
  }
}
