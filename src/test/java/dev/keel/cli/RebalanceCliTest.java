package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.TestPortfolios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RebalanceCliTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  private record Run(int code, String out, String err) {}

  private static Run keel(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KeelCli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
    return new Run(code, out.toString(), err.toString());
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  @Test
  void rebalance_printsTheProposalAndWritesOrdersWithAManifest(@TempDir Path dir)
      throws IOException {
    Path orders = dir.resolve("crypto.json");
    Run run = keel("rebalance", TestPortfolios.CRYPTO.toString(), "--out", orders.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("BTC 52.5% vs target 39.0%, band +/-5.0 pp breached: sell to target")
        .contains("Before and after")
        .contains("Totals: ")
        .containsPattern(
            "; wrote:\n {2}"
                + Pattern.quote(orders.toString())
                + " +ccxt +kraken +kraken-spot +4 orders\n")
        .contains("  " + orders + ".manifest.json  manifest\n");
    JsonNode list = new ObjectMapper().readTree(orders.toFile());
    assertThat(list.get("orders").get(0).get("symbol").asText()).isEqualTo("BTC/USD");
    JsonNode manifest =
        new ObjectMapper().readTree(dir.resolve("crypto.json.manifest.json").toFile());
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(manifest.get("inputSha256").asText())
        .isEqualTo(dev.keel.io.Digests.sha256(Files.readAllBytes(TestPortfolios.CRYPTO)));
  }

  @Test
  void theDerivativesBook_writesOneFilePerVenue_andSaysWhichFilesItWrote(@TempDir Path dir)
      throws IOException {
    Path book = Files.copy(TestPortfolios.DERIVATIVES, dir.resolve("book.json"));

    // on value, a calendar rebalance trades at both venues: BTC and USDC at Deribit, SPY at IBKR
    Run run =
        keel("rebalance", book.toString(), "--quiet", "--trigger", "calendar", "--basis", "value");

    assertThat(run.code()).as(run.err()).isZero();
    Path ccxt = dir.resolve("book.deribit-deribit.orders.json");
    Path basket = dir.resolve("book.ibkr.orders.csv");
    Path manifest = dir.resolve("book.orders.manifest.json");
    assertThat(run.out())
        .matches(
            "(?s)"
                + Pattern.quote(book.toString())
                + ": 3 approved, 0 rejected, keel-[0-9a-f]{10}; wrote:\n"
                + " {2}"
                + Pattern.quote(ccxt.toString())
                + " +ccxt +deribit +deribit +2 orders\n"
                + " {2}"
                + Pattern.quote(basket.toString())
                + " +ibkr +ibkr +ibkr-margin +1 order\n"
                + " {2}"
                + Pattern.quote(manifest.toString())
                + " +manifest\n");
    assertThat(new ObjectMapper().readTree(ccxt.toFile()).get("orders")).hasSize(2);
    assertThat(csv(basket)).extracting(r -> r.get("Symbol")).containsExactly("SPY");
    JsonNode files = new ObjectMapper().readTree(manifest.toFile()).get("files");
    assertThat(files.get(1).get("sha256").asText())
        .isEqualTo(dev.keel.io.Digests.sha256(Files.readAllBytes(basket)));

    Run again =
        keel("rebalance", book.toString(), "--quiet", "--trigger", "calendar", "--basis", "value");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err())
        .isEqualTo(
            "keel: cannot write "
                + ccxt
                + ", "
                + basket
                + ", "
                + manifest
                + ": the files exist; use --force to replace them or --out for another path\n");

    Run forced =
        keel(
            "rebalance",
            book.toString(),
            "--quiet",
            "--trigger",
            "calendar",
            "--basis",
            "value",
            "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
  }

  @Test
  void formatForcesOneFile_andACcxtListRefusesTheStockOrder(@TempDir Path dir) {
    Run generic =
        keel(
            "rebalance",
            TestPortfolios.DERIVATIVES.toString(),
            "--format",
            "generic",
            "--quiet",
            "--out",
            dir.toString());
    assertThat(generic.code()).as(generic.err()).isZero();
    assertThat(dir.resolve("derivatives-book.orders.csv")).exists();
    assertThat(dir.resolve("derivatives-book.orders.csv.manifest.json")).exists();

    Path other = dir.resolve("ccxt");
    Run ccxt =
        keel(
            "rebalance",
            TestPortfolios.DERIVATIVES.toString(),
            "--trigger",
            "calendar",
            "--basis",
            "value",
            "--format",
            "ccxt",
            "--out",
            other.toString());
    assertThat(ccxt.code()).isEqualTo(1);
    assertThat(ccxt.err())
        .containsPattern(
            "derivatives-book.json: T\\d+ SPY in account ibkr-margin \\(ibkr\\): a stock cannot be"
                + " a CCXT order")
        .endsWith("derivatives-book.json: nothing was written\n");
    assertThat(other).doesNotExist();
  }

  @Test
  void dryRun_saysWhatItWouldWrite_andWritesNothing(@TempDir Path dir) throws IOException {
    Path book = Files.copy(TestPortfolios.DERIVATIVES, dir.resolve("book.json"));

    Run run = keel("rebalance", book.toString(), "--quiet", "--dry-run");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("(dry run, nothing written); would write:\n")
        .contains(dir.resolve("book.ibkr.orders.csv").toString());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(book);
    }
  }

  @Test
  void outNamingAFile_forAnExportOfSeveralFiles_orOfAnotherFormat_isRefused(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("orders.csv"), "keep me");
    Run several =
        keel("rebalance", TestPortfolios.DERIVATIVES.toString(), "--out", file.toString());
    assertThat(several.code()).isEqualTo(1);
    assertThat(several.err())
        .contains("--out " + file + " is a file, but this export writes 2 order files");

    Run format = keel("rebalance", TestPortfolios.CRYPTO.toString(), "--out", file.toString());
    assertThat(format.code()).isEqualTo(1);
    assertThat(format.err())
        .contains(
            "--out "
                + file
                + " names a .csv file, but the orders are a CCXT list (ccxt, as the account's"
                + " venue decides): name it .json, or choose the format with --format");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void outNamedLikeAFile_thatDoesNotExist_isRefusedForSeveralFiles_insteadOfMadeAFolder(
      @TempDir Path dir) {
    Path csv = dir.resolve("orders.csv");
    Run several = keel("rebalance", TestPortfolios.DERIVATIVES.toString(), "--out", csv.toString());

    assertThat(several.code()).isEqualTo(1);
    assertThat(several.err())
        .isEqualTo(
            "keel: "
                + TestPortfolios.DERIVATIVES
                + ": --out "
                + csv
                + " is named like a file, but this export writes 2 order files (one per venue or"
                + " exchange account): name a folder for them (it is made if missing), such as"
                + " --out "
                + dir.resolve("orders")
                + ", or write every order in one file with --format generic, ibkr or ccxt;"
                + " nothing was written\n");
    assertThat(csv).doesNotExist();

    Path json = dir.resolve("all.JSON");
    Run portfolios =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            TestPortfolios.STOCKS.toString(),
            "--out",
            json.toString());
    assertThat(portfolios.code()).isEqualTo(2);
    assertThat(portfolios.err()).contains("--out " + json + " is named like a file, but several");
    assertThat(json).doesNotExist();

    // a one-file export writes that file, as before
    Run one =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--out",
            dir.resolve("c.json").toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(dir.resolve("c.json")).isRegularFile();
  }

  @Test
  void aWriteThatFails_removesTheFolderMadeForIt(@TempDir Path dir) throws IOException {
    // the portfolio's name fits the disk, its orders files' longer names do not
    Path book = Files.copy(TestPortfolios.DERIVATIVES, dir.resolve("b".repeat(240) + ".json"));
    Path out = dir.resolve("new").resolve("orders");

    Run run = keel("rebalance", book.toString(), "--quiet", "--out", out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "keel: cannot write the 2 order files to "
                + out
                + ": a file name is too long for the disk: give the file a shorter name; nothing"
                + " was written\n");
    assertThat(dir.resolve("new")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(book);
    }
  }

  @Test
  void severalPortfolios_thatAllFail_leaveNoFolderBehind_andADryRunMakesNone(@TempDir Path dir)
      throws IOException {
    Path a = Files.copy(TestPortfolios.CRYPTO, dir.resolve("c".repeat(240) + ".json"));
    Path b = Files.copy(TestPortfolios.STOCKS, dir.resolve("s".repeat(240) + ".json"));
    Path out = dir.resolve("orders");

    Run dry = keel("rebalance", a.toString(), b.toString(), "--dry-run", "--out", out.toString());
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(out).doesNotExist();

    Run run = keel("rebalance", a.toString(), b.toString(), "--quiet", "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void portfoliosThatWouldWriteTheSameFiles_areRefused(@TempDir Path dir) throws IOException {
    Path one =
        Files.copy(
            TestPortfolios.CRYPTO, Files.createDirectory(dir.resolve("a")).resolve("book.json"));
    Path two =
        Files.copy(
            TestPortfolios.STOCKS, Files.createDirectory(dir.resolve("b")).resolve("Book.json"));
    Path out = dir.resolve("orders");

    Run shared = keel("rebalance", one.toString(), two.toString(), "--out", out.toString());
    assertThat(shared.code()).isEqualTo(2);
    assertThat(shared.err())
        .contains(
            one
                + " and "
                + two
                + " would write the same order files in "
                + out
                + ": rebalance them one at a time, or give them different names");
    assertThat(out).doesNotExist();

    Run twice = keel("rebalance", one.toString(), one.toString(), "--dry-run");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains(one + " and " + one + " would write the same order files:");

    Run apart = keel("rebalance", one.toString(), two.toString(), "--quiet");
    assertThat(apart.code()).as(apart.err()).isZero(); // each beside its own file
  }

  @Test
  void reject_andQuantity_changeWhatIsWritten(@TempDir Path dir) throws IOException {
    Path orders = dir.resolve("o.csv");
    Run run =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--format",
            "generic",
            "--out",
            orders.toString(),
            "--reject",
            "T4",
            "--quantity",
            "T3=1");

    assertThat(run.code()).as(run.err()).isZero();
    List<Map<String, String>> rows = csv(orders);
    assertThat(rows).hasSize(3).noneMatch(r -> r.get("client_order_id").endsWith("-T4"));
    assertThat(rows.get(2).get("symbol")).isEqualTo("ETH");
    assertThat(rows.get(2).get("quantity")).isEqualTo("1");
    assertThat(run.out()).contains("rejected");
  }

  @Test
  void badQuantity_exitOneAndWritesNothing(@TempDir Path dir) {
    Path orders = dir.resolve("o.csv");
    Run run =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--out",
            orders.toString(),
            "--quantity",
            "T1=0.123456789");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("T1 quantity 0.123456789").contains("lot step");
    assertThat(orders).doesNotExist();
  }

  @Test
  void existingOrders_areKeptWithoutForce(@TempDir Path dir) throws IOException {
    Path orders = dir.resolve("o.json");
    Files.writeString(orders, "keep me");
    Run run =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--format",
            "ccxt",
            "--out",
            orders.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("the file exists").contains("--force");
    assertThat(Files.readString(orders)).isEqualTo("keep me");

    Run forced =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--format",
            "ccxt",
            "--order-type",
            "limit",
            "--limit-offset-bps",
            "20",
            "--out",
            orders.toString(),
            "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(
            new ObjectMapper().readTree(orders.toFile()).get("orders").get(0).get("type").asText())
        .isEqualTo("limit");
  }

  @Test
  void severalFiles_oneOrdersFileEach_inTheOutputDirectory(@TempDir Path dir) throws IOException {
    Run run =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            TestPortfolios.STOCKS.toString(),
            // on the value basis: on delta it hedges BTC through a perpetual IBKR does not list
            TestPortfolios.derivativesOnValueFile(dir).toString(),
            "--format",
            "ibkr",
            "--quiet",
            "--out",
            dir.resolve("orders").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve("orders/crypto-spot.orders.csv")).exists();
    assertThat(dir.resolve("orders/stocks-two-accounts.orders.csv")).exists();
    assertThat(dir.resolve("orders/derivatives-book.orders.csv.manifest.json")).exists();
    // results are printed in the order given, whatever order the threads finish in
    assertThat(run.out().indexOf("crypto-spot")).isLessThan(run.out().indexOf("stocks-two"));
  }

  @Test
  void aFolderOfPortfolios_leavesOutTheOrdersListsAndManifestsWrittenBesideThem(@TempDir Path dir)
      throws IOException {
    Files.copy(TestPortfolios.CRYPTO, dir.resolve("crypto-spot.json"));
    assertThat(keel("rebalance", dir.toString(), "--quiet").code()).isZero();
    assertThat(dir.resolve("crypto-spot.orders.json")).exists();

    Run again = keel("rebalance", dir.toString(), "--quiet", "--dry-run");

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).startsWith(dir.resolve("crypto-spot.json") + ": 4 approved");
    assertThat(again.out()).doesNotContain("crypto-spot.orders.json: ");
  }

  @Test
  void impossibleRequest_exitOneWithTheReason() {
    Run run = keel("rebalance", TestPortfolios.STOCKS.toString(), "--deposit", "1000", "--dry-run");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("name the account of the deposit").contains("taxable");
  }

  @Test
  void invalidFile_exitOneWithLocatedProblems() {
    Run run = keel("rebalance", "sample-portfolios/bad/unknown-account.json", "--dry-run");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).containsPattern("unknown-account.json:\\d+:\\d+");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--destination partial",
        "--fraction 0.5",
        "--deposit 10 --withdraw 10",
        "--deposit -5",
        "--trigger sometimes",
        "--limit-offset-bps 5",
        "--order-type limit --limit-offset-bps 10000"
      })
  void usageErrors_exitTwo(String options) {
    String[] args = ("rebalance " + TestPortfolios.CRYPTO + " --dry-run " + options).split(" ");
    Run run = keel(args);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).contains("Try 'keel rebalance --help'");
  }
}
