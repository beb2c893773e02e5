package dev.keel.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VolatilitiesTest {
  private static final LocalDate DEC = LocalDate.of(2026, 12, 25);
  private static final Smile SMILE =
      new Smile(
          "BTC",
          DEC,
          new TreeMap<>(
              Map.of(
                  new BigDecimal("80000"), new BigDecimal("0.60"),
                  new BigDecimal("100000"), new BigDecimal("0.50"))));

  @Test
  void at_betweenStrikes_isLinearInStrike() {
    assertThat(SMILE.at(new BigDecimal("85000"))).isEqualByComparingTo("0.575");
    assertThat(SMILE.at(new BigDecimal("100000"))).isEqualByComparingTo("0.50");
  }

  @Test
  void at_beyondTheEnds_isFlat() {
    assertThat(SMILE.at(new BigDecimal("20000"))).isEqualByComparingTo("0.60");
    assertThat(SMILE.at(new BigDecimal("400000"))).isEqualByComparingTo("0.50");
  }

  @Test
  void of_prefersTheOptionsOwn_thenItsSmile_thenItsUnderlying() {
    Volatilities vols =
        new Volatilities(
            Map.of("BTC-C-90000", new BigDecimal("0.7")),
            Map.of("BTC", new BigDecimal("0.4")),
            List.of(SMILE));
    BigDecimal strike = new BigDecimal("90000");

    assertThat(vols.of("BTC-C-90000", "BTC", DEC, strike)).contains(new BigDecimal("0.7"));
    assertThat(vols.of("BTC-P-90000", "BTC", DEC, strike).orElseThrow())
        .isEqualByComparingTo("0.55");
    assertThat(vols.of("BTC-P-90000", "BTC", DEC.plusDays(7), strike))
        .contains(new BigDecimal("0.4"));
    assertThat(vols.of("ETH-P-3000", "ETH", DEC, strike)).isEmpty();
  }
}
