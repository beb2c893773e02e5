package dev.keel.ui.holdings;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bars an allocation chart draws: every line when there are few, else the lines that drifted
 * most and one bar for all the others, so a big book's chart stays readable and is never drawn with
 * hundreds of bars.
 */
final class ChartLines {
  /** The most lines a chart shows one by one. */
  static final int MOST = 12;

  private ChartLines() {}

  /**
   * One bar's figures, fractions (null where the line has none).
   *
   * @param name the bar's label: a symbol, a class's name, or "N others"
   */
  record Bar(
      String name, BigDecimal current, BigDecimal target, BigDecimal drift, BigDecimal band) {}

  /**
   * The bars for {@code lines}: all of them in their order when there are at most {@value #MOST};
   * else the {@value #MOST} with the largest drift either way, largest first, and a last bar
   * summing the weights and the drift of the rest (a sum of bands means nothing, so it has none).
   */
  static List<Bar> of(List<DriftRow> lines) {
    if (lines.size() <= MOST) {
      return lines.stream().map(ChartLines::bar).toList();
    }
    List<DriftRow> byDrift = new ArrayList<>(lines);
    byDrift.sort(Comparator.comparing(ChartLines::sizeOfDrift).reversed());
    List<Bar> bars =
        new ArrayList<>(byDrift.subList(0, MOST).stream().map(ChartLines::bar).toList());
    List<DriftRow> rest = byDrift.subList(MOST, byDrift.size());
    bars.add(
        new Bar(
            rest.size() + " others",
            sum(rest, DriftRow::currentWeight),
            sum(rest, DriftRow::targetWeight),
            sum(rest, DriftRow::drift),
            null));
    return bars;
  }

  private static Bar bar(DriftRow row) {
    String name = row.kind() == RowKind.INSTRUMENT ? row.key() : row.label();
    return new Bar(name, row.currentWeight(), row.targetWeight(), row.drift(), row.bandLimit());
  }

  private static BigDecimal sizeOfDrift(DriftRow row) {
    return row.drift() == null ? BigDecimal.ZERO : row.drift().abs();
  }

  private static BigDecimal sum(
      List<DriftRow> rows, java.util.function.Function<DriftRow, BigDecimal> figure) {
    return rows.stream()
        .map(figure)
        .filter(value -> value != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
