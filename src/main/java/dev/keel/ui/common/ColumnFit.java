package dev.keel.ui.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their content, so that a number is never cut to "…": each fitted
 * column is at least as wide as its header and its widest text, and the column that gives way (a
 * name, a reason) takes what is left. Only a few texts are measured: for a column of figures, those
 * of the largest, the smallest and the longest-written figure; for a column of words, the longest
 * few texts. That keeps a refit of a 40,000-line table to a few milliseconds.
 */
public final class ColumnFit<T> {
  /**
   * The tables' font size, as keel.css sets it for {@code .table-view} and {@code
   * .tree-table-view}.
   */
  public static final double TABLE_FONT_SIZE = 12;

  /** What a cell adds to its text: its padding on both sides, and a little room to spare. */
  static final double CELL_PADDING = 22;

  /** What a header adds to its title: its padding and the sort arrow. */
  static final double HEADER_PADDING = 34;

  /** How many of the longest texts are measured in a column of words. */
  private static final int LONGEST = 3;

  private final TableColumnBase<?, ?> column;
  private final Function<T, String> text;
  private final Function<T, BigDecimal> figure;
  private final boolean bold;

  /** How many of the longest texts of a column of words are measured. */
  private final int measured;

  private ColumnFit(
      TableColumnBase<?, ?> column,
      Function<T, String> text,
      Function<T, BigDecimal> figure,
      boolean bold,
      int measured) {
    this.column = column;
    this.text = text;
    this.figure = figure;
    this.bold = bold;
    this.measured = measured;
  }

  /**
   * A column of figures: {@code text} shows {@code figure} (null where a line has none).
   *
   * @param bold whether some rows show their texts in bold (class rows do)
   */
  public static <T> ColumnFit<T> ofFigures(
      TableColumnBase<?, ?> column,
      Function<T, String> text,
      Function<T, BigDecimal> figure,
      boolean bold) {
    return new ColumnFit<>(column, text, figure, bold, LONGEST);
  }

  /** A column of words: the longest texts are measured. */
  public static <T> ColumnFit<T> ofTexts(
      TableColumnBase<?, ?> column, Function<T, String> text, boolean bold) {
    return new ColumnFit<>(column, text, null, bold, LONGEST);
  }

  /**
   * A column of words of a few lines, every text measured: the longest in letters need not be the
   * widest ({@code BTC=-30%,ETH=-40%} is wider than a longer text of small letters).
   */
  public static <T> ColumnFit<T> ofEveryText(
      TableColumnBase<?, ?> column, Function<T, String> text, boolean bold) {
    return new ColumnFit<>(column, text, null, bold, Integer.MAX_VALUE);
  }

  /** Whether this fits {@code other}. */
  public boolean isOf(TableColumnBase<?, ?> other) {
    return column == other;
  }

  /** Makes the column as wide as its header and the widest of the lines' texts need. */
  public void fit(Collection<T> lines) {
    double width = Math.max(headerWidth(), textWidth(candidateTexts(lines), bold) + CELL_PADDING);
    width = Math.ceil(width);
    column.setMinWidth(width);
    column.setPrefWidth(width);
  }

  private double headerWidth() {
    String title = column.getText();
    if (title == null && column.getGraphic() instanceof javafx.scene.control.Labeled label) {
      title = label.getText();
    }
    return title == null ? 0 : textWidth(List.of(title), true) + HEADER_PADDING;
  }

  /** The texts that may be the widest: see the class comment. */
  List<String> candidateTexts(Collection<T> lines) {
    if (figure == null) {
      return longest(lines);
    }
    T largest = null;
    T smallest = null;
    T longestWritten = null;
    BigDecimal max = null;
    BigDecimal min = null;
    int most = -1;
    for (T line : lines) {
      BigDecimal value = figure.apply(line);
      if (value == null) {
        continue;
      }
      if (max == null || value.compareTo(max) > 0) {
        max = value;
        largest = line;
      }
      if (min == null || value.compareTo(min) < 0) {
        min = value;
        smallest = line;
      }
      int written = writtenLength(value);
      if (written > most) {
        most = written;
        longestWritten = line;
      }
    }
    Set<String> texts = new LinkedHashSet<>();
    for (T line : java.util.Arrays.asList(largest, smallest, longestWritten)) {
      if (line != null) {
        texts.add(text.apply(line));
      }
    }
    return List.copyOf(texts);
  }

  /** The length of a figure written out in full: sign, integer digits, point and decimals. */
  static int writtenLength(BigDecimal value) {
    int integerDigits = Math.max(value.precision() - value.scale(), 1);
    int decimals = Math.max(value.scale(), 0);
    return (value.signum() < 0 ? 1 : 0) + integerDigits + (decimals > 0 ? decimals + 1 : 0);
  }

  private List<String> longest(Collection<T> lines) {
    List<String> texts = new ArrayList<>(Math.min(measured, lines.size()) + 1);
    for (T line : lines) {
      String shown = text.apply(line);
      if (shown == null || shown.isEmpty()) {
        continue;
      }
      if (texts.size() < measured) {
        texts.add(shown);
        texts.sort(Comparator.comparingInt(String::length));
      } else if (shown.length() > texts.get(0).length()) {
        texts.set(0, shown);
        texts.sort(Comparator.comparingInt(String::length));
      }
    }
    return texts;
  }

  /** The width of the widest of {@code texts} in the tables' font. */
  static double textWidth(Collection<String> texts, boolean bold) {
    Font font =
        Font.font(
            Font.getDefault().getFamily(),
            bold ? FontWeight.BOLD : FontWeight.NORMAL,
            TABLE_FONT_SIZE);
    Text measure = new Text();
    measure.setFont(font);
    double widest = 0;
    for (String shown : texts) {
      measure.setText(shown);
      widest = Math.max(widest, measure.getLayoutBounds().getWidth());
    }
    return widest;
  }
}
