package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard through {@code keel rebalance}: the near-the-edge sample de-risks first and ends within
 * its guard; rejecting the de-risking trades leaves it past the guard, and the export is then
 * refused unless overridden, which the manifest records.
 */
class GuardCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "sample-portfolios/margin-binance.json";

  @TempDir Path out;

  @Test
  void theSample_deRisksFirst_andEndsWithinItsGuard_andTheManifestSaysSo() throws IOException {
    Run run = CliTest.keel("rebalance", SAMPLE, "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern(
            "(?m)^T1 +binance +sell .*binance is past its guard \\(binance: margin ratio 15\\.25 % above maxMarginRatio 10\\.00 %")
        .contains("Margin guard (maxMarginRatio 0.10, minShockToLiquidation 0.15, maxLeverage 10)")
        .containsPattern("(?m)^binance +15\\.25% -> \\d+\\.\\d\\d% +24\\.22x -> \\d\\.\\d\\dx")
        .contains("Every margin account ends within its guard.");
    JsonNode guard = manifest().get("guard");
    assertThat(guard.get("limits").get("maxMarginRatio").asText()).isEqualTo("0.10");
    assertThat(guard.get("brokenBefore")).isNotEmpty();
    assertThat(guard.get("brokenAfter")).isEmpty();
    assertThat(guard.get("overridden").asBoolean()).isFalse();
    JsonNode binance = guard.get("accounts").get(0);
    assertThat(binance.get("before").get("marginRatio").asDouble()).isGreaterThan(0.1);
    assertThat(binance.get("after").get("marginRatio").asDouble()).isLessThanOrEqualTo(0.1);
  }

  @Test
  void withTheDeRiskingRejected_theExportIsRefused_unlessOverridden() throws IOException {
    String reject = "--reject=T1,T2,T3,T4,T5";
    Run refused = CliTest.keel("rebalance", SAMPLE, reject, "--out", out.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("not written: an account ends past its guard: binance: margin ratio")
        .contains("pass --override-guard to write the orders anyway");
    assertThat(refused.out()).contains("Past the guard after the trades");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }

    Run overridden =
        CliTest.keel("rebalance", SAMPLE, reject, "--override-guard", "--out", out.toString());
    assertThat(overridden.exitCode()).isZero();
    JsonNode guard = manifest().get("guard");
    assertThat(guard.get("overridden").asBoolean()).isTrue();
    assertThat(guard.get("brokenAfter").get(0).get("guard").asText()).isEqualTo("maxMarginRatio");
  }

  @Test
  void aLimitOnTheCommandLine_isCheckedAndOverridesTheFiles() {
    Run bad = CliTest.keel("rebalance", SAMPLE, "--dry-run", "--max-margin-ratio", "1.5");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-margin-ratio must be a fraction below 1, such as 0.5");

    Run looser =
        CliTest.keel(
            "rebalance",
            SAMPLE,
            "--dry-run",
            "--max-margin-ratio",
            "0.9",
            "--min-shock-to-liquidation",
            "0.01",
            "--max-leverage",
            "100");
    assertThat(looser.exitCode()).isZero();
    assertThat(looser.out())
        .contains("Margin guard (maxMarginRatio 0.9, minShockToLiquidation 0.01, maxLeverage 100)")
        .doesNotContain("is past its guard");
  }

  private JsonNode manifest() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      Path manifest =
          files.filter(p -> p.getFileName().toString().endsWith("manifest.json")).findFirst().get();
      return JSON.readTree(manifest.toFile());
    }
  }
}
