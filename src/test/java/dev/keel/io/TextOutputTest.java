package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** The quoting docs/order-export.md describes: one cell, and how it is written. */
  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "keel-8361db37f5-T1|keel-8361db37f5-T1", // letters, digits and '-' as they are
        "0.00000001|0.00000001",
        "kraken-spot.main_2/x@y|kraken-spot.main_2/x@y",
        "xxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxx", // 24 characters
        "xxxxxxxxxxxxxxxxxxxxxxxxx|\"xxxxxxxxxxxxxxxxxxxxxxxxx\"", // 25
        "sell to target|\"sell to target\"", // a space
        "'@kraken|\"'@kraken\"",
        "12.5%|\"12.5%\"",
        "a\\b|\"a\\b\"",
        "say \"no\"|\"say \"\"no\"\"\"",
        "café|café"
      })
  void csv_quotesACell_whenItIsLong_orHoldsASpaceOrASignBeforeTheDash(String cell, String written) {
    assertThat(TextOutput.csv(List.of("c"), List.of(List.of(cell))))
        .isEqualTo("c\n" + written + "\n");
  }
}
