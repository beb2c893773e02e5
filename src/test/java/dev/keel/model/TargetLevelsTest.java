package dev.keel.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetLevelsTest {
  @Test
  void aValidBook_hasEveryLevelComplete() {
    Portfolio stocks = TestPortfolios.read(TestPortfolios.STOCKS);

    assertThat(TargetLevels.of(stocks))
        .extracting(TargetLevels.Level::classId)
        .containsExactly(null, "equity", "index", "sectors", "financials", "consumer", "income");
    assertThat(TargetLevels.incomplete(stocks)).isEmpty();
  }

  @Test
  void anEditedWeight_leavesItsLevelShortByTheDifference() {
    Portfolio stocks = TestPortfolios.read(TestPortfolios.STOCKS);
    Portfolio edited =
        stocks.toBuilder()
            .targets(stocks.targets().withClassWeight("index", new BigDecimal("0.45")))
            .build();

    assertThat(TargetLevels.incomplete(edited))
        .singleElement()
        .satisfies(
            level -> {
              assertThat(level.classId()).isEqualTo("equity");
              assertThat(level.name()).isEqualTo("Equity");
              assertThat(level.remaining()).isEqualByComparingTo("0.05");
            });
  }

  @Test
  void noTargets_noLevels() {
    Portfolio stocks = TestPortfolios.read(TestPortfolios.STOCKS);

    assertThat(TargetLevels.of(stocks.toBuilder().targets(TargetAllocation.NONE).build()))
        .isEmpty();
  }
}
