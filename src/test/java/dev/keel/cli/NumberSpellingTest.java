package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.PortfolioJson;
import dev.keel.io.ReadResult;
import dev.keel.io.csv.HoldingsCsvImporter;
import dev.keel.model.AssetType;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision 12: a leading {@code +} and spaces or tabs around a number are accepted, the same in a
 * portfolio file, a holdings CSV and an option; anything else around or inside it is refused
 * everywhere.
 */
class NumberSpellingTest {
  private static final HoldingsCsvImporter.Options CSV_OPTIONS =
      new HoldingsCsvImporter.Options(
          "Imported",
          "USD",
          Instant.parse("2026-11-20T16:00:00Z"),
          "main",
          "unclassified",
          AssetType.STOCK,
          Map.of());

  private static ReadResult<Portfolio> inFile(String quantity) throws IOException {
    String text =
        Files.readString(TestPortfolios.CRYPTO, StandardCharsets.UTF_8)
            .replace("\"quantity\": \"0.85\"", "\"quantity\": \"" + jsonEscaped(quantity) + "\"");
    return PortfolioJson.DEFAULT.read("p.json", text);
  }

  private static String jsonEscaped(String text) {
    return text.replace("\t", "\\t").replace("\n", "\\n");
  }

  private static ReadResult<Portfolio> inCsv(String quantity) {
    String csv = "symbol,quantity,price\nA,\"" + quantity + "\",1\n";
    return new HoldingsCsvImporter().importText("h.csv", csv, CSV_OPTIONS);
  }

  private static Run asOption(String deposit) {
    return CliTest.keel(
        "rebalance", TestPortfolios.CRYPTO.toString(), "--deposit", deposit, "--dry-run");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"+5", " 5 ", "\t5", "+5 ", " +5.0"})
  void aPlusSignOrSpacesAround_areAcceptedEverywhere(String five) throws IOException {
    ReadResult<Portfolio> file = inFile(five);
    assertThat(file.problems()).isEmpty();
    assertThat(file.get().positions().get(0).quantity())
        .isEqualByComparingTo(BigDecimal.valueOf(5));

    ReadResult<Portfolio> csv = inCsv(five);
    assertThat(csv.problems()).isEmpty();
    assertThat(csv.get().positions().get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(5));

    Run option = asOption(five);
    assertThat(option.err()).isEmpty();
    assertThat(option.exitCode()).isEqualTo(KeelCli.OK);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"+ 5", "5 000", "++5", "+-5", "5\n", "\u00a05", "5,0"})
  void otherSpacesAndSigns_areRefusedEverywhere(String notFive) throws IOException {
    assertThat(inFile(notFive).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is not a decimal number"));

    // a line break inside a cell is a character Keel refuses in any cell (decision 11)
    String csvRefusal =
        notFive.contains("\n") ? "holds U+000A (line feed)" : "is not a decimal number";
    assertThat(inCsv(notFive).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains(csvRefusal));

    Run option = asOption(notFive);
    assertThat(option.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(option.err()).startsWith("keel: --deposit: ").contains("is not a decimal number");
  }
}
