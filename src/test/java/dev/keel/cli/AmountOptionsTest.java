package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every amount option reads its number as the file format does: the same digits, the same range, a
 * refusal that names the option and exits 2, at once.
 */
class AmountOptionsTest {
  private static final String OUT_OF_RANGE =
      " is out of range: write at most 30 digits before and after the decimal point";
  private static final String NOT_A_NUMBER =
      " is not a decimal number: write digits with '.' as the decimal point and no thousands"
          + " separators, such as 1234.5";

  private static Run rebalance(String... options) {
    List<String> args = new ArrayList<>(List.of("rebalance", TestPortfolios.CRYPTO.toString()));
    args.addAll(Arrays.asList(options));
    args.add("--dry-run");
    return CliTest.keel(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--deposit|1e999999|",
        "--deposit|1e30|",
        "--withdraw|1e31|",
        "--min-trade|0.0000000000000000000000000000001|",
        "--max-turnover|1e-999999|",
        "--fraction|1e999999|--destination partial",
        "--limit-offset-bps|1e999999|--order-type limit",
      })
  void rebalance_anAmountOutOfRange_isAUsageErrorNamingTheOption(
      String option, String value, String others) {
    List<String> args = new ArrayList<>(List.of(option, value));
    if (others != null) {
      args.addAll(Arrays.asList(others.split(" ")));
    }

    Run run = rebalance(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: " + option + ": \"" + value + "\"" + OUT_OF_RANGE);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("BigDecimal");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {"--deposit|12,5", "--withdraw|abc", "--min-trade|5 000", "--max-turnover|0x10"})
  void rebalance_anAmountThatIsNotANumber_isAUsageErrorNamingTheOption(
      String option, String value) {
    Run run = rebalance(option, value);

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: " + option + ": \"" + value + "\"" + NOT_A_NUMBER);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("BigDecimal");
  }

  @Test
  void rebalance_aQuantityOutOfRange_isAUsageErrorNamingTheOptionAndTrade() {
    Run run = rebalance("--quantity", "T1=1e999999");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: --quantity T1: \"1e999999\"" + OUT_OF_RANGE);
  }

  @Test
  void importHoldings_anFxRateOutOfRange_isAUsageErrorNamingTheOption(@TempDir Path dir)
      throws IOException {
    Path csv = Files.writeString(dir.resolve("h.csv"), "symbol,quantity,price\nA,1,1\n");

    Run run =
        CliTest.keel(
            "import-holdings",
            csv.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--fx",
            "EUR=1e999999");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue("keel: --fx EUR: \"1e999999\"" + OUT_OF_RANGE);
  }
}
