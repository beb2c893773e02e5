package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.model.DriftBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartLinesTest {
  /** A line of weight {@code current} against a target of 1 % (fractions). */
  private static DriftRow line(String symbol, String current) {
    BigDecimal weight = new BigDecimal(current);
    BigDecimal target = new BigDecimal("0.01");
    return new DriftRow(
        RowKind.INSTRUMENT,
        symbol,
        symbol,
        1,
        "c",
        BigDecimal.ONE,
        BigDecimal.ONE,
        BigDecimal.ONE,
        weight,
        target,
        weight.subtract(target),
        null,
        DriftBand.FIVE_TWENTY_FIVE,
        new BigDecimal("0.0025"),
        false,
        List.of(),
        BigDecimal.ONE,
        weight);
  }

  @Test
  void fewLines_areAllShown_inTheirOrder() {
    List<DriftRow> lines = List.of(line("A", "0.02"), line("B", "0.005"));

    assertThat(ChartLines.of(lines)).extracting(ChartLines.Bar::name).containsExactly("A", "B");
  }

  @Test
  void manyLines_showTheTwelveLargestDriftsEitherWay_andOneBarForTheOthers() {
    // 30 lines drifting 0.001 .. 0.030 away from target, every other one under it
    List<DriftRow> lines =
        IntStream.rangeClosed(1, 30)
            .mapToObj(
                i ->
                    line(
                        "S" + i,
                        new BigDecimal("0.01")
                            .add(new BigDecimal(i).movePointLeft(3).multiply(sign(i)))
                            .toPlainString()))
            .toList();

    List<ChartLines.Bar> bars = ChartLines.of(lines);

    assertThat(bars).hasSize(ChartLines.MOST + 1);
    assertThat(bars.subList(0, 3))
        .extracting(ChartLines.Bar::name)
        .containsExactly("S30", "S29", "S28");
    ChartLines.Bar others = bars.get(ChartLines.MOST);
    assertThat(others.name()).isEqualTo("18 others");
    // S1..S18: drifts +0.001, -0.002, +0.003, ... sum to -0.009; weights to 0.18 - 0.009
    assertThat(others.drift()).isEqualByComparingTo("-0.009");
    assertThat(others.current()).isEqualByComparingTo("0.171");
    assertThat(others.target()).isEqualByComparingTo("0.18");
    assertThat(others.band()).isNull();
  }

  private static BigDecimal sign(int i) {
    return i % 2 == 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
  }
}
