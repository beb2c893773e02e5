package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.ContractStyle;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.ExerciseStyle;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.IndexUnderlying;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The file format's contract terms and derivatives market data, read and written back. */
class DerivativesFormatTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
  private static final Portfolio BOOK = TestPortfolios.read(TestPortfolios.DERIVATIVES);

  @Test
  void read_inversePerpetual_hasFaceValueAndSettlementCoin() {
    DerivativeTerms terms = CRYPTO.instrumentsBySymbol().get("BTC-PERPETUAL").terms();

    assertThat(terms.contract()).isEqualTo(ContractStyle.INVERSE);
    assertThat(terms.contractSize()).isEqualByComparingTo("10");
    assertThat(terms.settlementCurrency()).isEqualTo("BTC");
    assertThat(terms.expiry()).isNull();
  }

  @Test
  void read_linearPerpetual_isLinearByDefault() {
    DerivativeTerms terms = CRYPTO.instrumentsBySymbol().get("BTCUSDT").terms();

    assertThat(terms.contract()).isEqualTo(ContractStyle.LINEAR);
    assertThat(terms.contractSize()).isNull();
    assertThat(terms.settlementCurrency()).isEqualTo("USDT");
  }

  @Test
  void read_expiryInstant_keepsTheInstantAndItsDay() {
    DerivativeTerms terms = CRYPTO.instrumentsBySymbol().get("BTC-25DEC26-100000-C").terms();

    assertThat(terms.expiresAt()).isEqualTo(Instant.parse("2026-12-25T08:00:00Z"));
    assertThat(terms.expiry()).isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(terms.exercise()).isEqualTo(ExerciseStyle.EUROPEAN);
  }

  @Test
  void read_dateAlone_leavesTheInstantToTheVenue() {
    DerivativeTerms terms = CRYPTO.instrumentsBySymbol().get("BTC-25DEC26").terms();

    assertThat(terms.expiry()).isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(terms.expiresAt()).isNull();
  }

  @Test
  void read_entryPrices_onPerpetualsAndFuturesOnly() {
    assertThat(CRYPTO.positions())
        .filteredOn(position -> position.entryPrice() != null)
        .extracting(Position::symbol)
        .containsExactly("BTC-PERPETUAL", "BTC-25DEC26", "BTCUSDT");
  }

  @Test
  void read_marketData_ofBothSamples() {
    assertThat(CRYPTO.market().volatilities().smiles()).hasSize(1);
    assertThat(CRYPTO.market().fundingRate("BTCUSDT")).contains(new BigDecimal("0.00012"));
    assertThat(CRYPTO.market().rate("USD")).isEqualByComparingTo("0.043");
    assertThat(CRYPTO.market().rate("EUR")).isEqualByComparingTo("0");
    assertThat(BOOK.market().yield("SPX")).isEqualByComparingTo("0.012");
    IndexUnderlying spx = BOOK.market().underlying("SPX").orElseThrow();
    assertThat(spx.line()).isEqualTo("SPY");
    assertThat(spx.beta()).isEqualByComparingTo("1");
    assertThat(BOOK.market().underlying("DAX").orElseThrow().currency()).isEqualTo("EUR");
  }

  @Test
  void writeThenRead_givesTheSamePortfolio_forBothSamples() {
    for (Portfolio portfolio : new Portfolio[] {CRYPTO, BOOK}) {
      String written = PortfolioDocument.DEFAULT.write(portfolio);
      PortfolioDocument.Read again = PortfolioDocument.DEFAULT.read(written);

      assertThat(again.problems()).isEmpty();
      assertThat(again.portfolio()).isEqualTo(portfolio);
      assertThat(PortfolioDocument.DEFAULT.write(again.portfolio())).isEqualTo(written);
    }
  }

  @Test
  void write_americanOption_namesItsExercise_europeanStaysImplicit() throws IOException {
    String text = Files.readString(TestPortfolios.DERIVATIVES);
    String american =
        text.replace(
            "\"strike\": \"560\", \"right\": \"put\"",
            "\"strike\": \"560\", \"right\": \"put\", \"exercise\": \"american\"");

    Portfolio read = PortfolioDocument.DEFAULT.read(american).portfolio();
    String written = PortfolioDocument.DEFAULT.write(read);

    assertThat(read.instrumentsBySymbol().get("SPY-20261218-P-560").terms().exercise())
        .isEqualTo(ExerciseStyle.AMERICAN);
    assertThat(written).containsOnlyOnce("\"exercise\": \"american\"");
  }
}
