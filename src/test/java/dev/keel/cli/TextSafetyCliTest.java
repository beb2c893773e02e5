package dev.keel.cli;

import static dev.keel.cli.CliTest.keel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control, invisible and text-direction characters never reach an order file: a hostile portfolio
 * is refused when it is read, so no export of it is written in any format.
 */
class TextSafetyCliTest {
  /** The crypto sample with an override in its account id and a NUL in a symbol, as escapes. */
  private static Path hostileBook(Path dir) throws IOException {
    String sample = Files.readString(TestPortfolios.CRYPTO);
    String hostile =
        sample
            .replace("\"kraken-spot\"", "\"kraken\\u202E-spot\"")
            .replace("\"SOL\"", "\"SOL\\u0000\"");
    assertThat(hostile).isNotEqualTo(sample);
    Path book = dir.resolve("hostile.json");
    Files.writeString(book, hostile);
    return book;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"venue", "generic", "ibkr", "ccxt"})
  void rebalance_aHostileBook_isRefusedAtReadAndWritesNoOrderFile(String format, @TempDir Path dir)
      throws IOException {
    Path book = hostileBook(dir);
    Path out = dir.resolve("out");
    Files.createDirectory(out);

    Run run =
        format.equals("venue")
            ? keel("rebalance", book.toString(), "--out", out.toString())
            : keel("rebalance", book.toString(), "--format", format, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .contains(
            book + ":" + "", "\"id\" \"kraken<U+202E>-spot\" holds U+202E (right-to-left override)")
        .contains("\"symbol\" \"SOL<U+0000>\" holds U+0000 (null)")
        .doesNotContain("\u202E")
        .doesNotContain("\u0000");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--account", "--asset-class", "--name"})
  void importHoldings_anOptionWithAnOverride_isAUsageErrorThatNamesIt(
      String option, @TempDir Path dir) throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price\nVTI,10,231.45\n");
    Path out = dir.resolve("book.json");

    Run run =
        keel("import-holdings", csv.toString(), "--out", out.toString(), option, "ma\u202Ein");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err())
        .contains(
            option
                + " \"ma<U+202E>in\" holds U+202E (right-to-left override), which Keel refuses as"
                + " it can make one text look like another: delete it (retype the text if it was"
                + " pasted)")
        .doesNotContain("\u202E");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bad\u202Ename.csv"})
  void importHoldings_aFileNameWithAnOverride_asksForAName(String name, @TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve(name);
    Files.writeString(csv, "symbol,quantity,price\nVTI,10,231.45\n");
    Path out = dir.resolve("book.json");

    Run run = keel("import-holdings", csv.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err())
        .contains("the CSV's file name (pass --name) \"bad<U+202E>name\" holds U+202E");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cry\u202Epto.json", "cry\u200Bpto.json"})
  void rebalance_aPortfolioFileNameWithAnUnsafeCharacter_writesNoneOfIt(
      String name, @TempDir Path dir) throws IOException {
    Path book = dir.resolve(name);
    Files.copy(TestPortfolios.CRYPTO, book);
    Path out = Files.createDirectory(dir.resolve("out"));

    Run run =
        keel(
            "rebalance",
            book.toString(),
            "--format",
            "generic",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> written = Files.list(out)) {
      List<Path> files = written.toList();
      assertThat(files).hasSize(2);
      for (Path file : files) {
        assertThat(file.getFileName().toString())
            .matches("cry_pto\\.orders\\.csv(\\.manifest\\.json)?");
        assertThat(Files.readString(file)).doesNotContain(name.substring(3, 4));
      }
      Path manifest = out.resolve("cry_pto.orders.csv.manifest.json");
      assertThat(Files.readString(manifest))
          .contains(
              "\"input\" : \""
                  + dir.resolve(
                      "cry<U+" + String.format("%04X", (int) name.charAt(3)) + ">pto.json")
                  + "\"");
    }
  }
}
