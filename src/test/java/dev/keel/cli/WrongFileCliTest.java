package dev.keel.cli;

import static dev.keel.cli.CliTest.keel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import dev.keel.io.FileProblem;
import dev.keel.io.PortfolioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keel's other files, as its own writers make them, given where a portfolio belongs: one problem at
 * 1:1 that says what the file is and what to open instead.
 */
class WrongFileCliTest {
  private static final String FROM_MANIFEST =
      ", not a portfolio: open the portfolio it came from (named in its manifest)";

  @TempDir static Path dir;

  /** A file Keel wrote and what reading it as a portfolio must say. */
  record Case(String name, Path file, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Case> CASES = new java.util.ArrayList<>();

  @BeforeAll
  static void writeKeelsFiles() throws IOException {
    Path generic = dir.resolve("generic/crypto.orders.csv");
    Files.createDirectories(generic.getParent());
    export(TestPortfolios.CRYPTO, "--format", "generic", "--out", generic.toString());
    Path stocks = dir.resolve("stocks");
    Files.createDirectories(stocks);
    export(TestPortfolios.STOCKS, "--out", stocks.toString());
    Path derivatives = dir.resolve("derivatives");
    export(TestPortfolios.DERIVATIVES, "--trigger", "calendar", "--out", derivatives.toString());
    Path report = dir.resolve("drift.json");
    Files.writeString(
        report, keel("drift", TestPortfolios.CRYPTO.toString(), "--format", "json").out());
    Path reportCsv = dir.resolve("drift.csv");
    Files.writeString(
        reportCsv, keel("drift", TestPortfolios.CRYPTO.toString(), "--format", "csv").out());
    Path holdings = dir.resolve("holdings.csv");
    Files.writeString(holdings, "\uFEFFSymbol;Quantity;Price\nVWCE;120;\"112,34\"\n");

    CASES.add(
        new Case(
            "generic CSV", generic, "this is a Keel orders file (generic CSV)" + FROM_MANIFEST));
    CASES.add(
        new Case(
            "generic CSV's manifest",
            dir.resolve("generic/crypto.orders.csv.manifest.json"),
            "this is a Keel export manifest, not a portfolio: open the portfolio it was made from, "
                + TestPortfolios.CRYPTO));
    CASES.add(
        new Case(
            "IBKR basket of two accounts",
            only(stocks, ".orders.csv"),
            "this is a Keel orders file (Interactive Brokers basket)" + FROM_MANIFEST));
    CASES.add(
        new Case(
            "IBKR basket of one account",
            only(derivatives, ".ibkr.orders.csv"),
            "this is a Keel orders file (Interactive Brokers basket)" + FROM_MANIFEST));
    CASES.add(
        new Case(
            "CCXT order list",
            only(derivatives, ".orders.json"),
            "this is a Keel orders file (CCXT order list)" + FROM_MANIFEST));
    CASES.add(
        new Case(
            "manifest of several files",
            only(derivatives, ".orders.manifest.json"),
            "this is a Keel export manifest, not a portfolio: open the portfolio it was made from, "
                + TestPortfolios.DERIVATIVES));
    CASES.add(
        new Case(
            "drift report JSON",
            report,
            "this is a Keel drift report (JSON), not a portfolio: open the portfolio it was made"
                + " from"));
    CASES.add(
        new Case(
            "drift report CSV",
            reportCsv,
            "this is a Keel drift report (CSV), not a portfolio: open the portfolio it was made"
                + " from"));
    CASES.add(
        new Case(
            "holdings CSV",
            holdings,
            "this looks like a holdings CSV, not a portfolio (a JSON file): import it with keel"
                + " import-holdings FILE --out NEW.json, or Import holdings CSV (Ctrl+I) in the"
                + " window"));
  }

  private static void export(Path portfolio, String... options) {
    String[] args =
        Stream.concat(Stream.of("rebalance", portfolio.toString(), "--quiet"), Stream.of(options))
            .toArray(String[]::new);
    Run run = keel(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** The one file in the folder whose name ends so. */
  private static Path only(Path folder, String ending) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(ending)).toList();
      assertThat(found).as(folder + " *" + ending).hasSize(1);
      return found.get(0);
    }
  }

  static List<Case> cases() {
    return CASES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_anotherKeelFile_isOneProblemThatSaysWhatItIs(Case file) {
    Run run = keel("validate", file.file().toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err().lines())
        .containsExactly(
            file.file() + ":1:1: " + file.message(),
            file.file() + ": 1 problem, nothing was changed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void driftAndRebalance_anotherKeelFile_sayTheSame(Case file) {
    Run drift = keel("drift", file.file().toString());
    Run rebalance = keel("rebalance", file.file().toString(), "--dry-run");

    for (Run run : List.of(drift, rebalance)) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(KeelCli.FAILED);
      assertThat(run.err()).contains(file.file() + ":1:1: " + file.message());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_anotherKeelFile_isOneProblemAtTheStart(Case file) {
    assertThat(PortfolioFiles.read(file.file()).problems())
        .containsExactly(new FileProblem(file.file().toString(), 1, 1, file.message()));
  }

  @Test
  void read_aBrokenPortfolio_isStillReportedAsOne() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{ \"format\": \"keel-order\", \"version\": 1 }");

    assertThat(PortfolioFiles.read(broken).problems())
        .extracting(FileProblem::message)
        .hasSizeGreaterThan(1)
        .anySatisfy(message -> assertThat(message).startsWith("\"format\" is \"keel-order\""));
  }
}
