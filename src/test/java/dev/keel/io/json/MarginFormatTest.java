package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.margin.MarginMode;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The margin settings of a file: read, and written back the same. */
class MarginFormatTest {
  private static final Portfolio SAMPLE =
      TestPortfolios.read(Path.of("sample-portfolios/margin-binance.json"));
  private static final Portfolio EXAMPLE =
      TestPortfolios.read(Path.of("src/test/resources/margin/worked-example.json"));

  @Test
  void read_accountMargin_modeCollateralAndHaircuts() {
    Account cross = SAMPLE.accountsById().get("binance");
    assertThat(cross.margin().mode()).isEqualTo(MarginMode.CROSS);
    assertThat(cross.margin().collateral()).containsExactly("USDT", "BTC", "SOL");
    assertThat(cross.margin().counts("USDC")).isFalse();
    assertThat(cross.margin().haircut("SOL")).isEqualByComparingTo("0.9");
    assertThat(cross.margin().haircut("USDT")).isEqualByComparingTo("1");
    assertThat(SAMPLE.accountsById().get("binance-isolated").margin().mode())
        .isEqualTo(MarginMode.ISOLATED);
  }

  @Test
  void read_tiers_withTheRulesAmounts_andAGivenOneThatAgrees() {
    var tiers = EXAMPLE.instrumentsBySymbol().get("BTCUSDT").marginTiers().tiers();
    assertThat(tiers).hasSize(5);
    assertThat(tiers.get(2).maintenanceAmount()).isEqualByComparingTo("1300");
    assertThat(tiers.get(4).maintenanceAmount()).isEqualByComparingTo("296300"); // given, agrees
    assertThat(tiers.get(4).notionalCap()).isNull();
    assertThat(EXAMPLE.instrumentsBySymbol().get("BTC").marginTiers().isEmpty()).isTrue();
  }

  @Test
  void read_positionLeverageAndIsolatedMargin() {
    Position sol =
        EXAMPLE.positions().stream().filter(p -> p.symbol().equals("SOLUSDT")).findFirst().get();
    assertThat(sol.leverage()).isEqualByComparingTo("10");
    assertThat(sol.isolatedMargin()).isEqualByComparingTo(new BigDecimal("1500"));
  }

  @Test
  void writeThenRead_givesTheSamePortfolio() {
    for (Portfolio portfolio : new Portfolio[] {SAMPLE, EXAMPLE}) {
      String written = PortfolioDocument.DEFAULT.write(portfolio);
      PortfolioDocument.Read again = PortfolioDocument.DEFAULT.read(written);

      assertThat(again.problems()).isEmpty();
      assertThat(again.portfolio()).isEqualTo(portfolio);
      assertThat(PortfolioDocument.DEFAULT.write(again.portfolio())).isEqualTo(written);
      assertThat(written).contains("\"marginTiers\"").contains("\"isolatedMargin\"");
    }
  }

  @Test
  void aBookWithoutMarginSettings_writesNone() {
    String written = PortfolioDocument.DEFAULT.write(TestPortfolios.read(TestPortfolios.CRYPTO));
    assertThat(written).doesNotContain("margin").doesNotContain("leverage");
  }
}
