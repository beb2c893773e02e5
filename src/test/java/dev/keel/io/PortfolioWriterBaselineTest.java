package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portfolio writer writes byte for byte what the writer before the split into {@code io.json}
 * sections wrote. The files under {@code golden/portfolio-writer} were written by that earlier
 * writer (commit 36af20f) from the three samples and from a book of edge cases (prices and rates
 * with their own as-of times, a description with quotes and non-ASCII text, classes nested three
 * deep, costs per account and instrument, every kind of restriction, a cash floor, an account
 * without a venue, derivatives of every type).
 */
class PortfolioWriterBaselineTest {
  private static final Path BASELINE = Path.of("src/test/resources/golden/portfolio-writer");

  static Stream<String> files() {
    return Stream.of(
        "crypto-spot.json", "stocks-two-accounts.json", "derivatives-book.json", "edge-book.json");
  }

  @ParameterizedTest
  @MethodSource("files")
  void write_ofWhatTheEarlierWriterWrote_isTheSameBytes(String name) throws IOException {
    byte[] baseline = Files.readAllBytes(BASELINE.resolve(name));
    ReadResult<Portfolio> read =
        PortfolioJson.DEFAULT.read(name, new String(baseline, StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();

    byte[] written = PortfolioJson.DEFAULT.write(read.get()).getBytes(StandardCharsets.UTF_8);

    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(baseline, StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(baseline);
  }
}
