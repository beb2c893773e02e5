package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.cli.CliTest.Run;
import dev.keel.io.text.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that write a portfolio file refuse options that would make one Keel cannot read. */
class WrittenFilesReadBackTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--account", "--asset-class"})
  void importHoldings_anIdPastItsLimit_isAUsageError(String option, @TempDir Path dir)
      throws IOException {
    Path csv = Files.writeString(dir.resolve("h.csv"), "symbol,quantity,price\nA,1,1\n");
    Path out = dir.resolve("p.json");

    Run run =
        CliTest.keel(
            "import-holdings",
            csv.toString(),
            "--out",
            out.toString(),
            option,
            "a".repeat(InputLimits.MAX_ID_LENGTH + 1));

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: " + option + " is 201 characters long: write at most 200");
    assertThat(out).doesNotExist();
  }

  @Test
  void importHoldings_aNamePastItsLimit_isAUsageError(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("h.csv"), "symbol,quantity,price\nA,1,1\n");

    Run run =
        CliTest.keel(
            "import-holdings",
            csv.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--name",
            "n".repeat(InputLimits.MAX_NAME_LENGTH + 1));

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: --name is 1,001 characters long: write at most 1,000");
  }

  @Test
  void generateBook_morePositionsThanAFileHolds_isAUsageError(@TempDir Path dir) {
    Path out = dir.resolve("g.json");

    Run run =
        CliTest.keel(
            "generate-book",
            "--positions",
            String.valueOf(InputLimits.MAX_POSITIONS + 1),
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue(
            "keel: --positions is at most 200,000 and --accounts at most 10,000, the most a"
                + " portfolio file holds");
    assertThat(out).doesNotExist();
  }
}
