package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output paths a careless script gives: the input itself, a link to it, a FIFO, a link to nothing.
 * Each is refused with what stands there and what to do, exit 1, and every file as it was.
 */
class HostileOutputsCliTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run keel(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KeelCli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
    return new Run(code, out.toString(), err.toString());
  }

  private List<String> namesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void rebalance_outNamingTheInputWithForce_isRefused_andThePortfolioStays() throws IOException {
    Path book = Files.copy(TestPortfolios.CRYPTO, dir.resolve("book.json"));
    byte[] before = Files.readAllBytes(book);

    Run run = keel("rebalance", book.toString(), "--out", book.toString(), "--force", "--quiet");

    assertThat(run.code()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .isEqualTo(
            "keel: cannot write "
                + book
                + ": it is an input file: an output never replaces an input; name another path;"
                + " nothing was written\n");
    assertThat(Files.readAllBytes(book)).isEqualTo(before);
    assertThat(namesIn(dir)).containsExactly("book.json"); // no manifest either
  }

  @Test
  void rebalance_outThroughALinkToAnotherInputOfTheRun_isRefused() throws IOException {
    Path first = Files.copy(TestPortfolios.CRYPTO, dir.resolve("first.json"));
    Path second = Files.copy(TestPortfolios.STOCKS, dir.resolve("second.json"));
    Path out = Files.createDirectory(dir.resolve("out"));
    // the first book's orders file would be a link to the second book
    Files.createSymbolicLink(out.resolve("first.orders.json"), second.toAbsolutePath());
    byte[] before = Files.readAllBytes(second);

    Run run =
        keel(
            "rebalance",
            first.toString(),
            second.toString(),
            "--out",
            out.toString(),
            "--force",
            "--quiet");

    assertThat(run.code()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .contains(
            "keel: cannot write "
                + out.resolve("first.orders.json")
                + ": it is a symbolic link to "
                + second);
    assertThat(Files.readAllBytes(second)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(out.resolve("first.orders.json"))).isTrue();
  }

  @Test
  void importHoldings_outNamingTheCsvWithForce_isRefused_andTheCsvStays() throws IOException {
    Path csv = dir.resolve("holdings.csv");
    Files.writeString(csv, "symbol,quantity,price\nAAPL,10,190.50\n");

    Run run = keel("import-holdings", csv.toString(), "--out", csv.toString(), "--force");

    assertThat(run.code()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .isEqualTo(
            csv
                + ": cannot write: it is an input file: an output never replaces an input; name"
                + " another path; nothing was written\n");
    assertThat(csv).hasContent("symbol,quantity,price\nAAPL,10,190.50\n");
  }

  @Test
  void rebalance_outNamingAFifoWithForce_isRefused_andTheFifoStays() throws Exception {
    Path fifo = dir.resolve("orders.json");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");

    Run run =
        keel(
            "rebalance",
            TestPortfolios.CRYPTO.toString(),
            "--out",
            fifo.toString(),
            "--force",
            "--quiet");

    assertThat(run.code()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .contains(
            ": it is a FIFO (named pipe), not a regular file: Keel replaces only regular files");
    assertThat(Files.exists(fifo)).isTrue();
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(namesIn(dir)).containsExactly("orders.json");
  }

  @Test
  void rebalance_outNamingADanglingLink_saysSo_notThatTheFileExists() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("orders.json"), Path.of("gone/orders.json"));

    Run run =
        keel("rebalance", TestPortfolios.CRYPTO.toString(), "--out", link.toString(), "--quiet");

    assertThat(run.code()).isEqualTo(KeelCli.FAILED);
    assertThat(run.err())
        .isEqualTo(
            "keel: cannot write "
                + link
                + ": it is a symbolic link to gone/orders.json, which does not exist: remove the"
                + " link or name another path; nothing was written\n");
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("gone/orders.json"));
  }
}
