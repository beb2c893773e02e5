package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.margin.LoanLevels;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.margin.MarginRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
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
  void read_rulesByPresetName_andLiquidationThresholds() {
    Portfolio deribit = TestPortfolios.read(TestPortfolios.SAMPLES.resolve("margin-deribit.json"));
    MarginRules rules = deribit.accountsById().get("deribit").margin().rules();
    assertThat(rules.preset()).isEqualTo("deribit");
    assertThat(rules.futureRates().get("ETH").sizeRate()).isEqualByComparingTo("0.000004");
    assertThat(rules.coinOptions().maintenanceRate()).isEqualByComparingTo("0.075");
    assertThat(rules.stocks()).isNull();

    Portfolio lending = TestPortfolios.read(TestPortfolios.SAMPLES.resolve("margin-lending.json"));
    var aave = lending.accountsById().get("aave").margin();
    assertThat(aave.mode()).isEqualTo(MarginMode.LENDING);
    assertThat(aave.haircut("WBTC")).isEqualByComparingTo("0.78");
    assertThat(aave.counts("USDC")).isFalse(); // no threshold: no collateral
  }

  @Test
  void rulesWrittenOut_readAsThePresetDoes_andAreWrittenBackAsAnObject() {
    String text =
        PortfolioDocument.DEFAULT
            .write(SAMPLE)
            .replace(
                "\"haircuts\": {",
                "\"rules\": { \"note\": \"own\", \"loans\": { \"borrowLevel\": \"1.5\","
                    + " \"marginCallLevel\": \"1.3\", \"liquidationLevel\": \"1.1\" },"
                    + " \"marginTiers\": { \"XRPUSDT\": [ { \"maintenanceRate\": \"0.01\","
                    + " \"maxLeverage\": \"20\" } ] } },\n      \"haircuts\": {");
    PortfolioDocument.Read read = PortfolioDocument.DEFAULT.read(text);
    assertThat(read.problems()).isEmpty();
    MarginRules own = read.portfolio().accountsById().get("binance").margin().rules();
    assertThat(own.preset()).isNull();
    assertThat(own.note()).isEqualTo("own");
    assertThat(own.loans())
        .isEqualTo(
            new LoanLevels(new BigDecimal("1.5"), new BigDecimal("1.3"), new BigDecimal("1.1")));
    assertThat(own.marginTiers().get("XRPUSDT").tiers()).hasSize(1);
    String written = PortfolioDocument.DEFAULT.write(read.portfolio());
    assertThat(written).contains("\"liquidationLevel\": \"1.1\"");
    assertThat(PortfolioDocument.DEFAULT.read(written).portfolio()).isEqualTo(read.portfolio());
  }

  @Test
  void writeThenRead_everyBookWithMarginRules_givesTheSamePortfolio() {
    for (Path file :
        List.of(
            TestPortfolios.SAMPLES.resolve("margin-deribit.json"),
            TestPortfolios.SAMPLES.resolve("margin-lending.json"),
            TestPortfolios.SAMPLES.resolve("margin-regt.json"),
            Path.of("src/test/resources/margin/spot-loan-example.json"),
            Path.of("src/test/resources/margin/worked-example-preset-tiers.json"))) {
      Portfolio portfolio = TestPortfolios.read(file);
      String written = PortfolioDocument.DEFAULT.write(portfolio);
      PortfolioDocument.Read again = PortfolioDocument.DEFAULT.read(written);
      assertThat(again.problems()).as(file.toString()).isEmpty();
      assertThat(again.portfolio()).as(file.toString()).isEqualTo(portfolio);
    }
    assertThat(
            PortfolioDocument.DEFAULT.write(
                TestPortfolios.read(TestPortfolios.SAMPLES.resolve("margin-deribit.json"))))
        .contains("\"rules\": \"deribit\""); // a preset is written by its name
  }

  @Test
  void aBookWithoutMarginSettings_writesNone() {
    String written = PortfolioDocument.DEFAULT.write(TestPortfolios.read(TestPortfolios.CRYPTO));
    assertThat(written).doesNotContain("margin").doesNotContain("leverage");
  }
}
