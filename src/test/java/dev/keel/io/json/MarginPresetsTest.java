package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.model.margin.MarginRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The venue presets shipped with Keel: each reads, says it is an example, and has its rules. */
class MarginPresetsTest {
  @Test
  void everyPreset_reads_andSaysItIsAnExampleToCheck() {
    for (String name : MarginPresets.NAMES) {
      MarginRules preset = MarginPresets.get(name);
      assertThat(preset).as(name).isNotNull();
      assertThat(preset.preset()).isEqualTo(name);
      assertThat(preset.isEmpty()).as(name).isFalse();
      assertThat(preset.note()).as(name).contains("An example").contains("Check them against");
    }
    assertThat(MarginPresets.get("binance")).isNull();
  }

  @Test
  void thePresets_holdTheirVenuesPublishedFigures() {
    // Deribit, 11 January 2022: 0.005 % a BTC, 0.0004 % an ETH
    assertThat(MarginPresets.get("deribit").futureRates().get("BTC").sizeRate())
        .isEqualByComparingTo("0.00005");
    assertThat(MarginPresets.get("deribit").futureRates().get("ETH").sizeRate())
        .isEqualByComparingTo("0.000004");
    // Binance's example tier: 250,000 at 1 % after 0.5 % with amount 50 gives 1,300
    assertThat(
            MarginPresets.get("binance-usdm")
                .marginTiers()
                .get("BTCUSDT")
                .maintenanceMargin(new BigDecimal("1000000")))
        .isEqualByComparingTo("8700"); // 1,000,000 x 1 % - 1,300
    assertThat(MarginPresets.get("binance-margin").loans().liquidationLevel())
        .isEqualByComparingTo("1.1");
    assertThat(MarginPresets.get("regt").stocks().maintenanceRate()).isEqualByComparingTo("0.25");
    assertThat(MarginPresets.get("regt").equityOptions().indexRate()).isEqualByComparingTo("0.15");
  }

  @Test
  void aBrokenPreset_isABug_notAUsersProblem() {
    assertThatThrownBy(() -> MarginPresets.read("x", "{ \"stocks\": { \"initialRate\": \"2\" } }"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the margin preset x does not read");
  }
}
