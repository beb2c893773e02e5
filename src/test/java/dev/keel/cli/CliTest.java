package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.keel.TestPortfolios;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.report.DriftReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI end to end: arguments in, exit code and streams out. */
class CliTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run keel(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KeelCli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_samples_exitZero() {
    Run run =
        keel(
            "validate",
            TestPortfolios.CRYPTO.toString(),
            TestPortfolios.STOCKS.toString(),
            TestPortfolios.DERIVATIVES.toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.OK);
    assertThat(run.out().lines())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("ok: "));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_aBadFileAmongGoodOnes_exitOneWithLocatedProblems() {
    String bad = TestPortfolios.SAMPLES.resolve("bad/targets-not-100.json").toString();

    Run run = keel("validate", TestPortfolios.CRYPTO.toString(), bad);

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.out()).startsWith("ok: ");
    assertThat(run.err().lines())
        .containsExactly(
            bad
                + ":57:14: top-level class targets plus cash sum to 95.00%, not 100%: add 5.00% to"
                + " the weights (classes with no parent, and cash, make up the whole portfolio)",
            bad
                + ":60:17: targets inside class 'crypto' (its sub-classes and instruments) sum to"
                + " 110.00%, not 100%: remove 10.00% from the weights",
            bad + ": 2 problems, nothing was changed");
  }

  @Test
  void validate_missingFile_isOneLine() {
    Run run = keel("validate", "nowhere/missing.json");

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err()).startsWith("nowhere/missing.json: no such file");
    assertNoStackTrace(run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "drift --format xml x.json", "drift", "frobnicate", "--nope"})
  void usageErrors_exitTwo(String args) {
    Run run = keel(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertNoStackTrace(run);
  }

  @Test
  void neitherCommandNorFile_isAUsageErrorThatListsTheCommands() {
    assertThat(CommandNames.isCommand(new String[] {"frobnicate"})).isTrue();
    assertThat(CommandNames.isCommand(new String[] {TestPortfolios.CRYPTO.toString()})).isFalse();

    Run run = keel("frobnicate");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err()).startsWith("keel: 'frobnicate' is neither a command nor a file.");
    assertThat(run.err())
        .contains(
            "drift, exposure, generate-book, hedge, help, import-holdings, margin, rebalance, stress, validate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "drift", "exposure", "import-holdings", "generate-book"})
  void everyCommand_hasHelp(String command) {
    Run run = keel(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: keel " + command);
  }

  @Test
  void drift_table_marksTheBreachedBands() {
    Run run = keel("drift", TestPortfolios.CRYPTO.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  BTC").endsWith("!! over"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  ETH").endsWith("!! under"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  SOL").endsWith("ok"));
    assertThat(lines).contains("5 bands breached (marked !!).");
  }

  @Test
  void drift_json_parsesAndCountsBreaches() throws IOException {
    Run run = keel("drift", TestPortfolios.CRYPTO.toString(), "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("breachedCount").asInt()).isEqualTo(5);
    assertThat(json.get("rows").get(1).get("key").asText()).isEqualTo("BTC");
    assertThat(json.get("totalValue").decimalValue()).isEqualByComparingTo("147658.365");
    assertThat(run.out()).doesNotContainPattern("[0-9][eE][-+]?[0-9]");
  }

  @Test
  void drift_csv_parsesBackWithAHeader() throws IOException {
    Run run = keel("drift", TestPortfolios.STOCKS.toString(), "--format", "csv");

    CsvMapper csv = new CsvMapper();
    csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(run.out())) {
      List<String[]> all = rows.readAll();
      assertThat(Arrays.asList(all.get(0))).isEqualTo(DriftReportFormats.CSV_COLUMNS);
      assertThat(all).hasSize(1 + 14);
      assertThat(all.get(1)[1]).isEqualTo("equity");
    }
  }

  @Test
  void drift_account_showsTheAccountsOwnWeights_asItsReasonsQuoteThem() throws IOException {
    Run table =
        keel(
            "drift",
            TestPortfolios.DERIVATIVES.toString(),
            "--account",
            "deribit",
            "--basis",
            "value");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow()).contains("  account deribit  ");
    // the rebalance's reason says "BTC 80.5% vs target 66.5%" for this account
    assertThat(table.out().lines())
        .anySatisfy(
            l ->
                assertThat(l).startsWith("  BTC").contains("80.52%", "66.50%").endsWith("!! over"));
    assertThat(table.out()).doesNotContain("SPY");

    Run json =
        keel(
            "drift",
            TestPortfolios.DERIVATIVES.toString(),
            "--account",
            "deribit",
            "--basis",
            "value",
            "--format",
            "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("account").asText()).isEqualTo("deribit");
    assertThat(root.get("totalValue").decimalValue()).isEqualByComparingTo("135995");
    assertThat(root.get("cashBalances")).hasSize(1);

    Run household = keel("drift", TestPortfolios.DERIVATIVES.toString(), "--format", "json");
    JsonNode loan = new ObjectMapper().readTree(household.out()).get("cashBalances").get(1);
    assertThat(loan.get("account").asText()).isEqualTo("ibkr-margin");
    assertThat(loan.get("amount").decimalValue()).isEqualByComparingTo("-2500");
    assertThat(loan.get("loan").asBoolean()).isTrue();
  }

  @Test
  void drift_unknownAccount_isAUsageError() {
    Run run = keel("drift", TestPortfolios.DERIVATIVES.toString(), "--account", "nowhere");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err()).contains("no account 'nowhere'", "deribit, ibkr-margin");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void drift_invalidFile_exitOne() {
    Run run = keel("drift", TestPortfolios.SAMPLES.resolve("bad/truncated.json").toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err()).contains(":6:36: the file ends too early");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void importHoldings_writesAPortfolioThatValidates(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(
        csv, "symbol,quantity,price,account\nVTI,10,231.45,taxable\nBND,20,72.10,ira\n");
    Path out = dir.resolve("book.json");

    Run run = keel("import-holdings", csv.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("wrote " + out + ": 2 positions");
    assertThat(PortfolioFiles.read(out).get().asOf()).isEqualTo(CLOCK.instant());
    assertThat(keel("drift", out.toString()).out()).contains("No targets set");
  }

  @Test
  void importHoldings_neverOverwritesWithoutForce(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price\nVTI,10,231.45\n");
    Path out = dir.resolve("book.json");
    Files.writeString(out, "precious");

    Run refused = keel("import-holdings", csv.toString(), "--out", out.toString());
    assertThat(refused.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(refused.err()).contains("exists; pass --force");
    assertThat(out).hasContent("precious");

    Run forced = keel("import-holdings", csv.toString(), "--out", out.toString(), "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(PortfolioFiles.read(out).isOk()).isTrue();
  }

  @Test
  void importHoldings_badCsv_listsRowAndColumn(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price\nVTI,ten,231.45\n");

    Run run = keel("import-holdings", csv.toString(), "--out", dir.resolve("o.json").toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err()).startsWith(csv + ":2:2: the quantity \"ten\" is not a decimal number");
    assertThat(dir.resolve("o.json")).doesNotExist();
  }

  @Test
  void generateBook_writesAValidBookOfTheRequestedSize(@TempDir Path dir) {
    Path out = dir.resolve("big.json");

    Run run =
        keel("generate-book", "--positions", "300", "--accounts", "6", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    var book = PortfolioFiles.read(out).get();
    assertThat(book.positions()).hasSize(300);
    assertThat(book.accounts()).hasSize(6);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--account=",
        "--asset-class= ",
        "--name=",
        "--base-currency=usd",
        "--fx=EUR=1e-40",
        "--fx=EUR=0",
        "--fx=eur=1.08",
        "--type=future"
      })
  void importHoldings_badOption_isAUsageErrorAndWritesNothing(String option, @TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price,currency\nVTI,10,231.45,EUR\n");
    Path out = dir.resolve("book.json");

    Run run = keel("import-holdings", csv.toString(), "--out", out.toString(), option);

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertNoStackTrace(run);
    assertThat(out).doesNotExist();
  }

  @Test
  void theCommandNamesKnownWithoutLoadingTheCommandLine_areTheDeclaredCommands() {
    assertThat(CommandNames.ALL).isEqualTo(KeelCli.COMMANDS);
  }
}
