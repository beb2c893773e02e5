package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortfolioJsonTest {
  private static final String MINIMAL =
      """
      {
        "format": "keel-portfolio", "version": 1, "name": "T", "baseCurrency": "USD",
        "asOf": "2026-11-20T16:00:00Z",
        "accounts": [ { "id": "a" } ],
        "assetClasses": [ { "id": "c" } ],
        "instruments": [ { "symbol": "X", "assetClass": "c", "type": "crypto-spot", "lotStep": %s } ],
        "positions": [ { "account": "a", "symbol": "X", "quantity": %s } ],
        "prices": { "X": %s }
      }
      """;

  static Stream<Path> samples() {
    return Stream.of(TestPortfolios.CRYPTO, TestPortfolios.STOCKS, TestPortfolios.DERIVATIVES);
  }

  private static Portfolio readMinimal(String lotStep, String quantity, String price) {
    ReadResult<Portfolio> result =
        PortfolioJson.DEFAULT.read("t.json", MINIMAL.formatted(lotStep, quantity, price));
    assertThat(result.problems()).isEmpty();
    return result.get();
  }

  @Test
  void read_jsonNumbersStayExact() {
    Portfolio portfolio = readMinimal("0.1", "0.123456789012345678", "0.30");

    assertThat(portfolio.instruments().get(0).lotStep()).isEqualTo(new BigDecimal("0.1"));
    assertThat(portfolio.positions().get(0).quantity())
        .isEqualTo(new BigDecimal("0.123456789012345678"));
    assertThat(portfolio.market().prices().get("X").value()).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void read_numbersAsStringsEqualNumbersAsJsonNumbers() {
    assertThat(readMinimal("\"0.1\"", "\"0.123456789012345678\"", "\"0.30\""))
        .isEqualTo(readMinimal("0.1", "0.123456789012345678", "0.30"));
  }

  @Test
  void read_exponentWithinRange_isPlainDecimal() {
    Portfolio portfolio = readMinimal("1e-8", "2.5E3", "1");

    assertThat(portfolio.instruments().get(0).lotStep()).isEqualTo(new BigDecimal("0.00000001"));
    assertThat(portfolio.positions().get(0).quantity().toPlainString()).isEqualTo("2500");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writeThenRead_givesAnEqualPortfolio(Path sample) {
    Portfolio original = TestPortfolios.read(sample);

    String written = PortfolioJson.DEFAULT.write(original);
    ReadResult<Portfolio> reread = PortfolioJson.DEFAULT.read("rewritten.json", written);

    assertThat(reread.problems()).isEmpty();
    assertThat(reread.get()).isEqualTo(original);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void write_isDeterministic(Path sample) {
    Portfolio original = TestPortfolios.read(sample);
    String once = PortfolioJson.DEFAULT.write(original);
    String twice = PortfolioJson.DEFAULT.write(PortfolioJson.DEFAULT.read("x", once).get());

    assertThat(twice).isEqualTo(once);
    assertThat(once).doesNotContainPattern("\"-?[0-9.]+[eE][-+]?[0-9]+\"");
  }

  @Test
  void writeFile_thenRead_roundTripsThroughDisk(@TempDir Path dir) throws IOException {
    Portfolio original = TestPortfolios.read(TestPortfolios.STOCKS);
    Path file = dir.resolve("copy.json");

    PortfolioFiles.write(file, original, false);

    assertThat(PortfolioFiles.read(file).get()).isEqualTo(original);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{\n  \"format\"");
  }

  @Test
  void read_byteOrderMarkIsIgnored(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    byte[] body = Files.readAllBytes(TestPortfolios.CRYPTO);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(file, withBom);

    assertThat(PortfolioFiles.read(file).get())
        .isEqualTo(TestPortfolios.read(TestPortfolios.CRYPTO));
  }

  @Test
  void read_missingFile_saysSo() {
    ReadResult<Portfolio> result = PortfolioFiles.read(Path.of("no-such-dir", "missing.json"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no such file"));
  }

  @Test
  void read_notUtf8_saysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}'});

    assertThat(PortfolioFiles.read(file).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
  }

  @Test
  void read_derivativesBook_keepsContractTerms() {
    Portfolio book = TestPortfolios.read(TestPortfolios.DERIVATIVES);
    var call = book.instrumentsBySymbol().get("SPY-20261218-C-600").derivativeTerms().orElseThrow();

    assertThat(call.strike()).isEqualTo(new BigDecimal("600"));
    assertThat(call.expiry()).hasToString("2026-12-18");
    assertThat(call.underlying()).isEqualTo("SPY");
    assertThat(book.instrumentsBySymbol().get("ESZ6").multiplier()).isEqualTo(new BigDecimal("50"));
    assertThat(book.market().fxRates().get("EUR").asOf()).hasToString("2026-11-20T15:30:00Z");
  }
}
