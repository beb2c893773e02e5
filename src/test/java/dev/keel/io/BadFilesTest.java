package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in sample-portfolios/bad gives exactly the problems its .expected file lists. */
class BadFilesTest {
  private static final Path BAD = TestPortfolios.SAMPLES.resolve("bad");

  static Stream<Path> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void read_reportsExactlyTheExpectedProblems(Path file) throws IOException {
    Path expectedFile = Path.of(file.toString().replaceAll("\\.json$", ".expected"));
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

    ReadResult<Portfolio> result = PortfolioFiles.read(file);

    assertThat(result.isOk()).isFalse();
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void badFiles_coverEveryRequiredKindOfProblem() throws IOException {
    assertThat(badFiles().map(p -> p.getFileName().toString()))
        .contains(
            "empty.json",
            "not-json.json",
            "truncated.json",
            "unknown-field.json",
            "wrong-type.json",
            "missing-field.json",
            "duplicates.json",
            "bad-prices.json",
            "short-spot.json",
            "not-a-number.json",
            "targets-not-100.json",
            "unknown-target.json",
            "band-out-of-range.json",
            "missing-fx.json",
            "unknown-account.json");
  }
}
