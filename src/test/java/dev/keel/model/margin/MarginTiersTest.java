package dev.keel.model.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginTiersTest {
  /** Binance's own example: level 5 of a table has cum 250,000 x (1 % - 0.5 %) + 50 = 1,300. */
  private static final MarginTiers BTC =
      MarginTiers.of(
          decimals("50000", "250000", "3000000", "10000000", null),
          decimals("0.004", "0.005", "0.01", "0.025", "0.05"),
          decimals("125", "100", "50", "20", "10"),
          Arrays.asList(null, null, null, null, null));

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  @Test
  void of_givesEachTierTheAmountOfTheRule() {
    assertThat(BTC.tiers())
        .extracting(MarginTier::maintenanceAmount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO,
            new BigDecimal("50"),
            new BigDecimal("1300"),
            new BigDecimal("46300"),
            new BigDecimal("296300"));
  }

  @Test
  void maintenanceMargin_isTheSameEitherSideOfACap() {
    for (MarginTier tier : BTC.tiers().subList(0, 4)) {
      BigDecimal cap = tier.notionalCap();
      BigDecimal justAbove = cap.add(new BigDecimal("0.000001"));
      assertThat(BTC.maintenanceMargin(justAbove).subtract(BTC.maintenanceMargin(cap)).abs())
          .isLessThan(new BigDecimal("0.0000001"));
      assertThat(BTC.tierOf(cap)).isSameAs(tier); // a cap belongs to its own tier
      assertThat(BTC.tierOf(justAbove)).isNotSameAs(tier);
    }
    assertThat(BTC.maintenanceMargin(new BigDecimal("120000")))
        .isEqualByComparingTo("550"); // 120,000 x 0.5 % - 50
    assertThat(BTC.tierOf(new BigDecimal("1e12")).notionalCap()).isNull();
  }

  @Test
  void of_checksAGivenAmountAgainstTheRule() {
    assertThat(
            MarginTiers.of(
                    decimals("50000", null),
                    decimals("0.004", "0.005"),
                    decimals("125", "100"),
                    decimals(null, "50"))
                .tiers()
                .get(1)
                .maintenanceAmount())
        .isEqualByComparingTo("50");
    assertThatThrownBy(
            () ->
                MarginTiers.of(
                    decimals("50000", null),
                    decimals("0.004", "0.005"),
                    decimals("125", "100"),
                    decimals(null, "60")))
        .hasMessage(
            "tier 2's maintenanceAmount 60 breaks the rule cap x (rate - previous rate) + previous"
                + " amount, which gives 50: correct it, or leave it out");
  }

  @Test
  void tiers_mustStartWhereTheOneBeforeEnds() {
    assertThatThrownBy(
            () ->
                MarginTiers.of(
                    decimals("50000", "40000", null),
                    decimals("0.004", "0.005", "0.01"),
                    decimals("125", "100", "50"),
                    Arrays.asList(null, null, null)))
        .hasMessageContaining("tier 2's notionalCap must be above tier 1's");
    assertThatThrownBy(
            () ->
                MarginTiers.of(
                    decimals(null, "40000"),
                    decimals("0.004", "0.005"),
                    decimals("125", "100"),
                    Arrays.asList(null, null)))
        .hasMessageContaining("only the last tier may leave it out");
    assertThatThrownBy(
            () ->
                new MarginTier(
                    null, new BigDecimal("0.01"), new BigDecimal("0.5"), BigDecimal.ZERO))
        .hasMessageContaining("maxLeverage must be at least 1");
  }
}
