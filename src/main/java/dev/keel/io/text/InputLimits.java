package dev.keel.io.text;

import java.util.Locale;

/**
 * The limits Keel sets on what it reads, well above any real book (see {@code
 * docs/reliability.md}): the size of a file, the number of rows and entries, the length of a text
 * and the digits of a number. They keep the memory and time a read takes bounded whatever the
 * input; an input past one is refused with a located message that names the limit.
 */
public final class InputLimits {
  /** Largest portfolio file read, in bytes (50 MB). */
  public static final long MAX_PORTFOLIO_FILE_BYTES = 50L * 1000 * 1000;

  /** Largest holdings CSV imported, in bytes (50 MB). */
  public static final long MAX_CSV_FILE_BYTES = 50L * 1000 * 1000;

  /** Most rows of a holdings CSV after its header. */
  public static final int MAX_CSV_ROWS = 200_000;

  /** Most positions of a portfolio. */
  public static final int MAX_POSITIONS = 200_000;

  /** Most instruments of a portfolio. */
  public static final int MAX_INSTRUMENTS = 200_000;

  /** Most accounts of a portfolio. */
  public static final int MAX_ACCOUNTS = 10_000;

  /** Most asset classes of a portfolio. */
  public static final int MAX_ASSET_CLASSES = 10_000;

  /** Most cash balances of a portfolio. */
  public static final int MAX_CASH_BALANCES = 100_000;

  /**
   * Most entries of any other list or object of a portfolio file (prices, FX rates, targets, bands,
   * costs, restrictions), and of any list while the file is parsed.
   */
  public static final int MAX_ENTRIES = 200_000;

  /** Longest id, symbol, code or label (account ids, symbols, class ids, currencies, venues). */
  public static final int MAX_ID_LENGTH = 200;

  /** Longest name (of the portfolio, an account, a class or an instrument). */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest description of a portfolio. */
  public static final int MAX_DESCRIPTION_LENGTH = 10_000;

  /** Deepest nesting of lists and objects in a portfolio file (the format needs five). */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Most digits on either side of the decimal point of a number. */
  public static final int MAX_DIGITS = 30;

  /**
   * Longest text of a number, in characters: {@link #MAX_DIGITS} on each side of the point, with
   * room for a sign, the point, an exponent and leading zeros. Longer is refused unread.
   */
  public static final int MAX_NUMBER_LENGTH = 200;

  private InputLimits() {}

  /**
   * The longest text allowed in a field of that name: names, descriptions (and the note of margin
   * rules), else ids.
   */
  public static int maxTextLength(String field) {
    return switch (field) {
      case "name" -> MAX_NAME_LENGTH;
      case "description", "note" -> MAX_DESCRIPTION_LENGTH;
      default -> MAX_ID_LENGTH;
    };
  }

  /** The words for a text of {@code length} characters where {@code most} are allowed. */
  public static String tooLong(int length, int most) {
    return "is " + count(length) + " characters long: write at most " + count(most);
  }

  /** A count as people read it: {@code 200,000}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A size in bytes as people read it: {@code 200.0 MB}. */
  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
