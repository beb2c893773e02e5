package dev.keel.io;

/**
 * Text cells made safe for spreadsheets: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice or Google
 * Sheets, so it is prefixed with an apostrophe, which they show as plain text.
 */
public final class CsvCells {
  private CsvCells() {}

  /** The cell text, neutralised when a spreadsheet would read it as a formula. */
  public static String text(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }
}
