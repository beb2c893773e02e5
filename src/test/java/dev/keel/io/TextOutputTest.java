package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextOutputTest {
  @Test
  void csv_writesALongHeaderFieldAsItIs_andAnEmptyCellAsTwoQuotes() {
    String text =
        TextOutput.csv(
            List.of("Symbol", "LastTradingDayOrContractMonth", "reason"),
            List.of(List.of("ES", "", "sell, to target")));

    assertThat(text)
        .isEqualTo("Symbol,LastTradingDayOrContractMonth,reason\nES,\"\",\"sell, to target\"\n");
  }

  @Test
  void csv_aHeaderFieldThatWouldNeedQuotes_isABug() {
    assertThatThrownBy(() -> TextOutput.csv(List.of("a,b"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
