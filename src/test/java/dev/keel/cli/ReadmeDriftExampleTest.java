package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The README's drift and margin examples are what the commands print, to the cent, so that the
 * README and the window (which shows the same rounding) never disagree again.
 */
class ReadmeDriftExampleTest {
  private static final String COMMAND = "$ keel drift sample-portfolios/crypto-spot.json\n";

  @Test
  void theReadmesDriftTable_isWhatKeelDriftPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(COMMAND) + COMMAND.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    StringWriter out = new StringWriter();
    int code =
        KeelCli.run(
            new String[] {"drift", "sample-portfolios/crypto-spot.json"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

    assertThat(code).isZero();
    assertThat(shown).isEqualTo(out.toString());
  }

  @Test
  void theReadmesMarginTables_areWhatKeelMarginPrints() throws IOException {
    String command = "$ keel margin sample-portfolios/margin-binance.json\n";
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(command);
    int start = readme.indexOf(command) + command.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    StringWriter out = new StringWriter();
    int code =
        KeelCli.run(
            new String[] {"margin", "sample-portfolios/margin-binance.json"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

    assertThat(code).isZero();
    assertThat(shown).isEqualTo(out.toString());
  }
}
