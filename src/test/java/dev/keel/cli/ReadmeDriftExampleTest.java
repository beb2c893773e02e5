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
 * The README's drift, margin and stress examples are what the commands print, to the cent, so that
 * the README and the window (which shows the same rounding) never disagree again.
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
    assertTheReadmeShows(
        "$ keel margin sample-portfolios/margin-binance.json\n",
        "margin",
        "sample-portfolios/margin-binance.json");
  }

  @Test
  void theReadmesStressTables_areWhatKeelStressPrints() throws IOException {
    assertTheReadmeShows(
        "$ keel stress sample-portfolios/margin-binance.json --scenario \"crypto=-5%\" --scenario"
            + " \"BTC=-10%,ETH=-15%,SOL=-20%,days=1\" --scenario \"all=+10%\"\n",
        "stress",
        "sample-portfolios/margin-binance.json",
        "--scenario",
        "crypto=-5%",
        "--scenario",
        "BTC=-10%,ETH=-15%,SOL=-20%,days=1",
        "--scenario",
        "all=+10%");
  }

  /** The block after {@code command} in the README is what those arguments print. */
  private static void assertTheReadmeShows(String command, String... args) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(command);
    int start = readme.indexOf(command) + command.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    StringWriter out = new StringWriter();
    int code =
        KeelCli.run(
            args,
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

    assertThat(code).isZero();
    assertThat(shown).isEqualTo(out.toString());
  }
}
