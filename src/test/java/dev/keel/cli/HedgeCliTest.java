package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.TestPortfolios;
import dev.keel.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keel hedge} end to end: the trades printed, and the orders each venue needs. */
class HedgeCliTest {
  @Test
  void hedge_reducingAShortPerpetual_isAReduceOnlyCcxtOrder(@TempDir Path dir) throws IOException {
    Path book = Files.copy(TestPortfolios.CRYPTO_DERIVATIVES, dir.resolve("book.json"));

    Run run =
        CliTest.keel(
            "hedge",
            book.toString(),
            "--underlying",
            "BTC",
            "--delta",
            "1.5",
            "--via",
            "BTC-PERPETUAL");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Asked: hedge BTC delta 1.5 via BTC-PERPETUAL")
        .containsPattern("T1 +deribit +buy +\\d+ +BTC-PERPETUAL")
        .contains("BTC net delta +0.3456 BTC, target +1.5000 BTC");
    JsonNode order =
        new ObjectMapper()
            .readTree(dir.resolve("book.deribit-deribit.orders.json").toFile())
            .get("orders")
            .get(0);
    assertThat(order.get("symbol").asText()).isEqualTo("BTC/USD:BTC");
    assertThat(order.get("side").asText()).isEqualTo("buy");
    assertThat(order.get("params").get("reduceOnly").asBoolean()).isTrue();
  }

  @Test
  void hedge_anIndex_isAFutureInAnIbkrBasket(@TempDir Path dir) throws IOException {
    Path book = Files.copy(TestPortfolios.DERIVATIVES, dir.resolve("book.json"));

    Run run = CliTest.keel("hedge", book.toString(), "--underlying", "SPX", "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String basket = Files.readString(dir.resolve("book.ibkr.orders.csv"));
    assertThat(basket.lines().skip(1).findFirst().orElseThrow())
        .startsWith("BUY,1,ES,FUT,20261218,\"\",\"\",50,CME,USD,");
  }

  @Test
  void hedge_onSomethingItIsNotWrittenOn_exitOne_andWritesNothing(@TempDir Path dir)
      throws IOException {
    Path book = Files.copy(TestPortfolios.CRYPTO_DERIVATIVES, dir.resolve("book.json"));

    Run run =
        CliTest.keel("hedge", book.toString(), "--underlying", "ETH", "--via", "BTC-PERPETUAL");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).endsWith("BTC-PERPETUAL is not written on ETH: it cannot hedge it\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(book);
    }
  }

  @Test
  void hedge_vegaWithoutItsOption_isAUsageError() {
    Run run =
        CliTest.keel(
            "hedge",
            TestPortfolios.CRYPTO_DERIVATIVES.toString(),
            "--underlying",
            "BTC",
            "--vega",
            "0");

    assertThat(run.exitCode()).isEqualTo(KeelCli.USAGE);
    assertThat(run.err()).contains("--vega and --vega-via go together");
  }
}
