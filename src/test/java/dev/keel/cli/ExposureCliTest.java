package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.report.ExposureReportFormats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code keel exposure} end to end through the command line. */
class ExposureCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void exposure_table_showsPositionsUnderlyingsAndAccounts() {
    Run run = CliTest.keel("exposure", TestPortfolios.CRYPTO_DERIVATIVES.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Positions (delta in units of the underlying")
        .contains("Net per underlying:")
        .contains("Accounts:")
        .contains("BTC-25DEC26-100000-C")
        .containsPattern("(?m)^book\\s+\\d+\\.\\d{2}\\s");
  }

  @Test
  void exposure_json_hasTheDocumentedFields_inPlainDecimals() throws IOException {
    Run run = CliTest.keel("exposure", TestPortfolios.DERIVATIVES.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContainPattern("\\d[eE][-+]?\\d");
    JsonNode root = JSON.readTree(run.out());
    JsonNode position = root.get("positions").get(0);
    for (String field :
        List.of(
            "account",
            "symbol",
            "type",
            "quantity",
            "price",
            "modelPrice",
            "impliedVol",
            "underlying",
            "underlyingPrice",
            "yearsToExpiry",
            "unit",
            "delta",
            "gamma",
            "vega",
            "theta",
            "rho",
            "cashDelta",
            "cashGamma")) {
      assertThat(position.has(field)).as(field).isTrue();
    }
    assertThat(position.get("unit").has("rho")).isTrue();
    JsonNode underlying = root.get("underlyings").get(0);
    for (String field :
        List.of(
            "underlying",
            "delta",
            "cashDelta",
            "gamma",
            "cashGamma",
            "vega",
            "theta",
            "grossNotional")) {
      assertThat(underlying.has(field)).as(field).isTrue();
    }
    JsonNode account = root.get("accounts").get(0);
    for (String field : List.of("account", "equity", "grossNotional", "netNotional", "leverage")) {
      assertThat(account.has(field)).as(field).isTrue();
    }
  }

  @Test
  void exposure_csv_hasOneLinePerPosition_underItsHeader() {
    Run run =
        CliTest.keel("exposure", TestPortfolios.CRYPTO_DERIVATIVES.toString(), "--format", "csv");

    List<String> lines = new ArrayList<>(run.out().lines().toList());
    assertThat(run.exitCode()).isZero();
    assertThat(lines.get(0)).isEqualTo(String.join(",", ExposureReportFormats.CSV_COLUMNS));
    assertThat(lines).hasSize(1 + 9);
  }

  @Test
  void exposure_invalidFile_exitOne_withLocatedProblems() {
    Run run =
        CliTest.keel(
            "exposure", TestPortfolios.SAMPLES.resolve("bad/bad-derivatives.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad-derivatives.json:14:5: an inverse perpetual needs");
  }
}
