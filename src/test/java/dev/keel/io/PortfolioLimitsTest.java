package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.io.text.InputLimits;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs past one of {@link InputLimits} are refused at their place, in Keel's words. */
class PortfolioLimitsTest {
  private static ReadResult<Portfolio> read(String text) {
    return PortfolioJson.DEFAULT.read("p.json", text);
  }

  private static String crypto() throws IOException {
    return Files.readString(TestPortfolios.CRYPTO, StandardCharsets.UTF_8);
  }

  @Test
  void read_deepNesting_isLocatedAtTheBracketPastTheLimit() {
    // the root object is the first level: the 32nd '[' opens level 33
    String text = "{\n  \"positions\": " + "[".repeat(100_000);

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "p.json:2:"
                + (16 + InputLimits.MAX_NESTING_DEPTH - 1)
                + ": lists and objects are nested more than 32 deep here: a portfolio file needs"
                + " only a few levels; check that every [ and { is closed where it should be");
  }

  @Test
  void read_aNumberOfTenThousandDigits_isLocatedWhereItStarts() {
    String text =
        "{\n  \"format\": \"keel-portfolio\",\n  \"version\": " + "9".repeat(10_000) + "}";

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "p.json:3:14: a number of more than 200 characters: write at most 30 digits before"
                + " and after the decimal point");
  }

  @Test
  void read_aNameOfOneMegabyte_isLocatedWhereItStarts() {
    String text = "{\n  \"name\": \"" + "x".repeat(1_000_000) + "\" }";

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "p.json:2:11: a text of more than 10,000 characters: write names in at most 1,000"
                + " characters, ids and symbols in at most 200");
  }

  /** Each case: a document, and the line and column its first problem must be at. */
  static Stream<Arguments> tokensPastAParserLimit() {
    String longName = "k".repeat(InputLimits.MAX_NAME_LENGTH + 1);
    String longNumber = "9".repeat(InputLimits.MAX_NUMBER_LENGTH + 1);
    String longText = "s".repeat(InputLimits.MAX_DESCRIPTION_LENGTH + 1);
    return Stream.of(
        Arguments.of("{\n  \"" + longName + "\": 1}", "2:3"),
        Arguments.of("{\n  \"a\": 1,\n  \"" + longName + "\": 1}", "3:3"),
        Arguments.of("{\n  \"a\": [\"x\", \"y\"],\n  \"" + longName + "\": 1}", "3:3"),
        Arguments.of("{\n  \"a\": [1,\n    " + longNumber + "]}", "3:5"),
        Arguments.of("{\n  \"a\":\n     " + longNumber + "}", "3:6"),
        Arguments.of("{\n  \"a\": [\"x\",\n    \"" + longText + "\"]}", "3:5"),
        Arguments.of("{\n  \"name\":\n     \"" + longText + "\"}", "3:6"));
  }

  @ParameterizedTest
  @MethodSource("tokensPastAParserLimit")
  void read_aTokenPastAParserLimit_isLocatedWhereItStarts(String text, String lineAndColumn) {
    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line() + ":" + p.column()).isEqualTo(lineAndColumn))
        .satisfies(p -> assertThat(p.message()).doesNotContain("StreamReadConstraints"));
  }

  @Test
  void read_aNameJustPastItsLimit_namesTheFieldAndTheLimit() throws IOException {
    String text =
        crypto()
            .replace(
                "\"name\": \"Crypto spot book\"",
                "\"name\": \"" + "n".repeat(InputLimits.MAX_NAME_LENGTH + 1) + "\"");

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .hasToString("p.json:4:11: \"name\" is 1,001 characters long: write at most 1,000");
  }

  @Test
  void read_aSymbolJustPastItsLimit_isRefused() throws IOException {
    String symbol = "S".repeat(InputLimits.MAX_ID_LENGTH + 1);
    String text = crypto().replace("\"BTC\"", "\"" + symbol + "\"");

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).endsWith("characters long: write at most 200"));
  }

  @Test
  void read_aListPastTheEntryLimit_stopsAtTheFirstEntryPastIt() {
    String text = "{\n  \"positions\": [" + "0,".repeat(InputLimits.MAX_ENTRIES) + "0]}";

    ReadResult<Portfolio> result = read(text);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "p.json:2:"
                + (17 + 2 * InputLimits.MAX_ENTRIES)
                + ": more than 200,000 entries in \"positions\": Keel reads at most 200,000; split"
                + " the book into several files");
  }

  @Test
  void read_tooManyAccounts_isRefusedAtTheFirstOnePastTheLimit() {
    StringBuilder text = new StringBuilder("{\n  \"accounts\": [\n");
    for (int i = 0; i <= InputLimits.MAX_ACCOUNTS; i++) {
      text.append("    {\"id\": \"a").append(i).append("\"},\n");
    }
    text.append("    {\"id\": \"last\"}\n  ]\n}");

    ReadResult<Portfolio> result = read(text.toString());

    assertThat(result.problems())
        .extracting(Object::toString)
        .contains(
            "p.json:"
                + (3 + InputLimits.MAX_ACCOUNTS)
                + ":5: more than 10,000 accounts: Keel reads at most 10,000; split the book into"
                + " several files");
  }

  @Test
  void open_aFileOverTheSizeLimit_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(60_000_000L); // sparse: no time spent writing it
    }

    ReadResult<Portfolio> result = PortfolioFiles.read(big);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            big
                + ":1:1: the file is 60.0 MB, above Keel's limit of 50 MB for a portfolio file:"
                + " split the book into several files, or check that this is a portfolio file");
  }
}
