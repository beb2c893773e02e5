package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.report.StressReportFormats;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code keel stress} end to end through the command line, on the margin worked example. */
class StressCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = "src/test/resources/margin/worked-example.json";

  @Test
  void stress_table_namesEachAccountsWorstScenario_andMarksLiquidationInWords() {
    Run run = CliTest.keel("stress", EXAMPLE, "--scenario", "all=-10%", "--scenario", "all=+5%");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("crypto (crypto): BTC, ETH, SOL; price scan range 30.00%")
        // the cross account: 120,000 of net delta loses 12,000 at -10 %
        .containsPattern(
            "(?m)^cross\\s+cross\\s+46000\\.00\\s+1\\.64%\\s+all=-10%\\s+-12000\\.00\\s+0 of 2$")
        // the isolated long SOL: liquidated at -10 %
        .containsPattern("(?m)^isolated\\s+isolated\\s+.*all=-10%\\s+-1400\\.00\\s+1 of 2$")
        .containsPattern(
            "(?m)^all=-10%\\s+100%\\s+-13400\\.00\\s+-12000\\.00\\s+\\S+%\\s+-1400\\.00\\s+LIQ$");
  }

  @Test
  void stress_withoutSetsOrScenarios_runsSpanAndCrash() throws IOException {
    Run run = CliTest.keel("stress", EXAMPLE, "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("scenarios")).hasSize(16 + 8);
    assertThat(root.get("scenarios").get(0).get("set").asText()).isEqualTo("span");
    assertThat(root.get("scenarios").get(23).get("name").asText())
        .isEqualTo("crash +500 %, vol up");
  }

  @Test
  void stress_json_hasTheDocumentedFields() throws IOException {
    Run run =
        CliTest.keel(
            "stress",
            EXAMPLE,
            "--set",
            "tims",
            "--scenario",
            "BTC=-30%,vol=+20,days=1",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "baseCurrency", "asOf", "groups", "scenarios", "accounts", "worstScenario", "warnings");
    JsonNode user = root.get("scenarios").get(10);
    assertThat(user.fieldNames())
        .toIterable()
        .containsExactly("set", "name", "weight", "days", "moves", "vol", "pnl", "accounts");
    assertThat(user.get("moves").get("BTC").asDouble()).isEqualTo(-0.3);
    assertThat(user.get("moves").get("ETH").asDouble()).isZero();
    assertThat(user.get("vol").asText()).isEqualTo("+20 pts");
    assertThat(user.get("accounts").get(0).fieldNames())
        .toIterable()
        .containsExactly(
            "account",
            "pnl",
            "weightedPnl",
            "equity",
            "marginBalance",
            "maintenanceMargin",
            "marginRatio",
            "liquidated");
    JsonNode cross = root.get("accounts").get(0);
    assertThat(cross.fieldNames())
        .toIterable()
        .containsExactly(
            "account",
            "mode",
            "equity",
            "marginRatio",
            "worstScenario",
            "worstPnl",
            "worstWeightedPnl",
            "liquidatedIn",
            "firstLiquidating");
    // 0.5 BTC and 2 BTCUSDT at 60,000, down 30 %
    assertThat(user.get("accounts").get(0).get("pnl").decimalValue())
        .isEqualByComparingTo("-45000");
    assertThat(cross.get("worstScenario").asText()).isEqualTo("BTC=-30%,vol=+20,days=1");
  }

  @Test
  void stress_csv_hasALinePerScenarioAndAccount() {
    Run run = CliTest.keel("stress", EXAMPLE, "--set", "crypto-pm", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", StressReportFormats.CSV_COLUMNS));
    assertThat(lines).hasSize(1 + 27 * 2);
    // a name with a comma is quoted; 120,000 of net delta down 16 %
    assertThat(lines.get(1))
        .startsWith(
            "crypto-pm,\"crypto-pm -16 %, vol up (by expiry)\",1,0,cross,cross,-19200,-19200,");
  }

  @Test
  void stress_refusesAnUnknownSetOrAScenarioItCannotRead_withUsage() {
    Run set = CliTest.keel("stress", EXAMPLE, "--set", "var");
    assertThat(set.exitCode()).isEqualTo(2);
    assertThat(set.err())
        .contains("--set var: not a set Keel knows; use span, crypto-pm, crash or tims");

    Run scenario = CliTest.keel("stress", EXAMPLE, "--scenario", "BTC=-30");
    assertThat(scenario.exitCode()).isEqualTo(2);
    assertThat(scenario.err()).contains("write the move as a percentage, such as BTC=-30%");

    Run unknown = CliTest.keel("stress", EXAMPLE, "--scenario", "DOGE=-30%");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("DOGE is neither an underlying the book holds");
  }

  @Test
  void stress_onAnInvalidFile_listsItsProblems() {
    Run run = CliTest.keel("stress", "sample-portfolios/bad/bad-margin.json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("bad-margin.json:");
  }
}
