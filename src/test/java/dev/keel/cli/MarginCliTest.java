package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.report.MarginReportFormats;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code keel margin} end to end through the command line, on the worked example of the docs. */
class MarginCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = "src/test/resources/margin/worked-example.json";

  @Test
  void margin_table_showsAccountsAndContracts_withTheWorkedFigures() {
    Run run = CliTest.keel("margin", EXAMPLE);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .containsPattern(
            "(?m)^cross\\s+cross\\s+38500\\.00\\s+6000\\.00\\s+44500\\.00\\s+9000\\.00"
                + "\\s+730\\.00\\s+1\\.64%\\s+4\\.04x\\s+35500\\.00\\s+-37\\.19%$")
        .containsPattern(
            "(?m)^cross\\s+BTCUSDT\\s+2\\s+58000\\s+60000\\s+120000\\.00\\s+6000\\.00"
                + "\\s+550\\.00\\s+38005\\.03$")
        .containsPattern("(?m)^isolated\\s+SOLUSDT\\s+100\\s+150\\s+140\\s+.*137\\.6923$");
  }

  @Test
  void margin_json_hasTheDocumentedFields() throws IOException {
    Run run = CliTest.keel("margin", EXAMPLE, "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = JSON.readTree(run.out());
    JsonNode cross = root.get("accounts").get(0);
    assertThat(cross.fieldNames())
        .toIterable()
        .containsExactly(
            "account",
            "mode",
            "walletBalance",
            "unrealisedPnl",
            "marginBalance",
            "initialMargin",
            "maintenanceMargin",
            "marginRatio",
            "leverage",
            "freeCollateral",
            "healthFactor",
            "marginLevel",
            "shockToLiquidation");
    assertThat(cross.get("mode").asText()).isEqualTo("cross");
    assertThat(cross.get("healthFactor").isNull()).isTrue();
    assertThat(cross.get("marginLevel").isNull()).isTrue();
    assertThat(cross.get("marginRatio").decimalValue()).isEqualByComparingTo("0.016404494382");
    JsonNode btc = root.get("positions").get(0);
    assertThat(btc.fieldNames())
        .toIterable()
        .containsExactly(
            "account",
            "symbol",
            "quantity",
            "entryPrice",
            "markPrice",
            "notional",
            "initialMargin",
            "maintenanceMargin",
            "liquidationPrice");
    assertThat(btc.get("liquidationPrice").decimalValue()).isEqualByComparingTo("38005.0251256");
  }

  @Test
  void margin_csv_hasALinePerAccountThenPerContract() {
    Run run = CliTest.keel("margin", EXAMPLE, "--format", "csv");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", MarginReportFormats.CSV_COLUMNS));
    assertThat(lines).hasSize(1 + 2 + 3);
    assertThat(lines.get(1))
        .startsWith("account,cross,\"\",cross,\"\",\"\",\"\",\"\",38500,6000,44500,9000,730,");
    assertThat(lines.get(5)).startsWith("position,isolated,SOLUSDT,\"\",100,150,140,14000,");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sample-portfolios/margin-binance.json",
        "sample-portfolios/margin-deribit.json",
        "sample-portfolios/margin-lending.json",
        "sample-portfolios/margin-regt.json"
      })
  void everyMarginSample_validates_andHasItsMarginWithoutWarnings(String sample) {
    Run validate = CliTest.keel("validate", sample);
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    Run margin = CliTest.keel("margin", sample);
    assertThat(margin.exitCode()).isZero();
    assertThat(margin.err()).isEmpty();
    assertThat(margin.out()).doesNotContain("warning:");
  }

  @Test
  void margin_json_ofALendingAccount_hasItsHealthFactor_andALoanItsMarginLevel()
      throws IOException {
    JsonNode lending =
        JSON.readTree(
                CliTest.keel("margin", "sample-portfolios/margin-lending.json", "--format", "json")
                    .out())
            .get("accounts")
            .get(0);
    assertThat(lending.get("mode").asText()).isEqualTo("lending");
    // (20 x 3,120 x 0.83 + 0.5 x 91,200 x 0.78) / (72,800 x 0.9999)
    assertThat(lending.get("healthFactor").doubleValue())
        .isCloseTo(87_360 / (72_800 * 0.9999), within(1e-11));
    assertThat(lending.get("marginLevel").isNull()).isTrue();

    Run loans = CliTest.keel("margin", "src/test/resources/margin/spot-loan-example.json");
    assertThat(loans.out())
        .containsPattern("(?m)^long\\s+cross\\s+24000\\.00\\s+.*\\s+1\\.250\\s+-12\\.00%$")
        .contains("warning: long: margin call");
  }

  @Test
  void margin_onAnInvalidFile_listsItsProblems() {
    Run run = CliTest.keel("margin", "sample-portfolios/bad/bad-margin.json");

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err()).contains("leverage 80 is above the 50 that ETHUSDT's tier allows");
  }
}
