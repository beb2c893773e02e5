package dev.keel.model.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules' records refuse what no venue's rule could be, and an account's margin what its mode
 * cannot take.
 */
class MarginRulesTest {
  private static final MarginRules LOANS =
      new MarginRules(
          null, null, Map.of(), Map.of(), null, null, null, levels("1.5", "1.3", "1.1"));

  private static LoanLevels levels(String borrow, String call, String liquidation) {
    return new LoanLevels(
        new BigDecimal(borrow), new BigDecimal(call), new BigDecimal(liquidation));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void loanLevels_fallFromBorrowingToLiquidation_aboveOne() {
    assertThatThrownBy(() -> levels("1.5", "1.3", "1"))
        .hasMessageContaining("liquidationLevel must be above 1");
    assertThatThrownBy(() -> levels("1.5", "1.1", "1.1"))
        .hasMessageContaining("marginCallLevel 1.1 must be above liquidationLevel 1.1");
    assertThatThrownBy(() -> levels("1.2", "1.3", "1.1"))
        .hasMessageContaining("borrowLevel 1.2 must be above marginCallLevel 1.3");
  }

  @Test
  void rates_keepMaintenanceAtMostInitial() {
    assertThatThrownBy(() -> new FutureRates(d("0.01"), d("0.02"), d("0")))
        .hasMessageContaining("maintenanceRate 0.02 is above initialRate 0.01");
    assertThatThrownBy(() -> new FutureRates(d("0.02"), d("0.01"), d("1")))
        .hasMessageContaining("sizeRate must be below 1");
    assertThatThrownBy(() -> new CoinOptionRates(d("0.15"), d("0.1"), d("0.12")))
        .hasMessageContaining("maintenanceRate 0.12 is above initialFloor 0.1");
    assertThatThrownBy(() -> new EquityOptionRates(d("0.2"), d("0.15"), d("0.16")))
        .hasMessageContaining("floor 0.16 is above rate or indexRate");
    assertThatThrownBy(() -> new StockRates(d("0.25"), d("0.5")))
        .hasMessageContaining("maintenanceRate 0.5 is above initialRate 0.25");
    assertThatThrownBy(() -> new StockRates(d("0"), d("0")))
        .hasMessageContaining("initialRate must be positive");
  }

  @Test
  void tiersOf_anInstrumentsOwnTiersWin_elseTheRulesForItsSymbol() {
    MarginTiers own =
        MarginTiers.of(
            java.util.Arrays.asList((BigDecimal) null),
            List.of(d("0.02")),
            List.of(d("20")),
            java.util.Arrays.asList((BigDecimal) null));
    MarginTiers preset =
        MarginTiers.of(
            java.util.Arrays.asList((BigDecimal) null),
            List.of(d("0.01")),
            List.of(d("50")),
            java.util.Arrays.asList((BigDecimal) null));
    MarginRules rules =
        new MarginRules(null, null, Map.of("BTCUSDT", preset), Map.of(), null, null, null, null);
    assertThat(rules.tiersOf("BTCUSDT", own)).isSameAs(own);
    assertThat(rules.tiersOf("BTCUSDT", MarginTiers.NONE)).isSameAs(preset);
    assertThat(rules.tiersOf("ETHUSDT", MarginTiers.NONE)).isSameAs(MarginTiers.NONE);
    assertThat(rules.tiersOnly()).isTrue();
    assertThat(LOANS.tiersOnly()).isFalse();
    assertThat(MarginRules.NONE.isEmpty()).isTrue();
  }

  @Test
  void accountMargin_takesOnlyWhatItsModeCan() {
    assertThatThrownBy(() -> new AccountMargin(MarginMode.LENDING, List.of(), Map.of()))
        .hasMessageContaining("liquidation thresholds are given for a lending account");
    assertThatThrownBy(
            () ->
                new AccountMargin(
                    MarginMode.CROSS,
                    List.of(),
                    Map.of(),
                    MarginRules.NONE,
                    Map.of("ETH", d("0.8"))))
        .hasMessageContaining("only for one");
    assertThatThrownBy(
            () -> new AccountMargin(MarginMode.CASH, List.of(), Map.of(), LOANS, Map.of()))
        .hasMessageContaining("a cash account follows no venue rules");
    assertThatThrownBy(
            () -> new AccountMargin(MarginMode.ISOLATED, List.of(), Map.of(), LOANS, Map.of()))
        .hasMessageContaining("an isolated account follows leverage tiers only");
    assertThatThrownBy(() -> AccountMargin.lending(Map.of("ETH", d("1.2"))))
        .hasMessageContaining("liquidation threshold of ETH must be at most 1");
  }

  @Test
  void aLendingAccount_countsEachAssetAtItsThreshold_andOneWithoutNone() {
    AccountMargin aave = AccountMargin.lending(Map.of("ETH", d("0.83")));
    assertThat(aave.counts("ETH")).isTrue();
    assertThat(aave.haircut("ETH")).isEqualByComparingTo("0.83");
    assertThat(aave.counts("USDT")).isFalse();
    assertThat(aave.haircut("USDT")).isEqualByComparingTo("0");
    assertThat(aave.isMargined()).isTrue();
  }
}
