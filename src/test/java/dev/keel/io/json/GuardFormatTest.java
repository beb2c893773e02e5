package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mandate's {@code guard}: read, checked where it is wrong, written back the same. */
class GuardFormatTest {
  @Test
  void theSamplesGuard_isRead_andWrittenBackTheSame() {
    Portfolio sample = TestPortfolios.read(TestPortfolios.MARGIN_BINANCE);
    MarginGuard guard = sample.guard();
    assertThat(guard.maxMarginRatio()).isEqualByComparingTo("0.10");
    assertThat(guard.minShockToLiquidation()).isEqualByComparingTo("0.15");
    assertThat(guard.maxLeverage()).isEqualByComparingTo("10");
    assertThat(guard.minHealthFactor()).isNull();
    String written = PortfolioDocument.DEFAULT.write(sample);
    PortfolioDocument.Read again = PortfolioDocument.DEFAULT.read(written);
    assertThat(again.problems()).isEmpty();
    assertThat(again.portfolio()).isEqualTo(sample);
    assertThat(written).contains("\"guard\"");
    assertThat(PortfolioDocument.DEFAULT.write(TestPortfolios.read(TestPortfolios.CRYPTO)))
        .doesNotContain("guard");
  }

  @Test
  void wrongLimits_areEachNamedWhereTheyAre() throws IOException {
    String text = Files.readString(TestPortfolios.MARGIN_BINANCE);
    String bad =
        text.replace(
            "\"guard\": { \"maxMarginRatio\": \"0.10\", \"minShockToLiquidation\": \"0.15\","
                + " \"maxLeverage\": \"10\" }",
            "\"guard\": { \"maxMarginRatio\": \"1.2\", \"minShockToLiquidation\": \"-0.3\","
                + " \"maxLeverage\": \"x\", \"minHealth\": \"1.5\" }");
    assertThat(bad).isNotEqualTo(text);
    List<String> messages =
        PortfolioDocument.DEFAULT.read(bad).problems().stream().map(Problem::message).toList();
    assertThat(messages)
        .containsExactly(
            "\"maxMarginRatio\" is 1.2 but must be a fraction below 1, such as 0.5 (maintenance"
                + " margin at most half the margin balance)",
            "\"minShockToLiquidation\" is -0.3 but must be greater than 0",
            "\"maxLeverage\" \"x\" is not a decimal number: write digits with '.' as the decimal"
                + " point and no thousands separators, such as 1234.5",
            "unknown field \"minHealth\" in the guard: the fields of the guard are"
                + " maxMarginRatio, minShockToLiquidation, maxLeverage, minHealthFactor");
  }
}
