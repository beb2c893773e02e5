package dev.keel.io.json;

import dev.keel.io.text.InputLimits;

/** How many entries each list of a portfolio file may have ({@link InputLimits}), and the words. */
final class ListLimits {
  private ListLimits() {}

  /** The most entries the list {@code field} may have. */
  static int most(String field) {
    return switch (field) {
      case "accounts" -> InputLimits.MAX_ACCOUNTS;
      case "assetClasses" -> InputLimits.MAX_ASSET_CLASSES;
      case "instruments" -> InputLimits.MAX_INSTRUMENTS;
      case "positions" -> InputLimits.MAX_POSITIONS;
      case "cash" -> InputLimits.MAX_CASH_BALANCES;
      default -> InputLimits.MAX_ENTRIES;
    };
  }

  /** The problem at the first entry past the limit. */
  static String tooMany(String field, int most) {
    String limit = InputLimits.count(most);
    return "more than "
        + limit
        + " "
        + what(field)
        + ": Keel reads at most "
        + limit
        + "; split the book into several files";
  }

  private static String what(String field) {
    return switch (field) {
      case "assetClasses" -> "asset classes";
      case "cash" -> "cash balances";
      default -> field;
    };
  }
}
