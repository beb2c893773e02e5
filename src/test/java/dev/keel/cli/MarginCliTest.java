package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.report.MarginReportFormats;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void margin_onAnInvalidFile_listsItsProblems() {
    Run run = CliTest.keel("margin", "sample-portfolios/bad/bad-margin.json");

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err()).contains("leverage 80 is above the 50 that ETHUSDT's tier allows");
  }
}
