package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.DriftBand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weights and bands as typed in the holdings table. */
class TextParsingTest {
  @ParameterizedTest
  @CsvSource({"40, 0.40", "'40 %', 0.40", "'12,5%', 0.125", "0.01, 0.0001", "100, 1"})
  void weights_readAsPercentages(String typed, String fraction) {
    assertThat(WeightText.parse(typed).value()).isEqualByComparingTo(fraction);
    assertThat(WeightText.parse(typed).error()).isEmpty();
  }

  @Test
  void anEmptyWeight_clearsIt() {
    assertThat(WeightText.parse("  ").value()).isNull();
    assertThat(WeightText.parse("  ").error()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"abc", "1e3", "-5", "100.5", "'4 0'"})
  void badWeights_sayWhy(String typed) {
    assertThat(WeightText.parse(typed).error()).isPresent();
  }

  @Test
  void weightsAreWrittenAsTheyWouldBeTyped() {
    assertThat(WeightText.format(new BigDecimal("0.125"))).isEqualTo("12.5 %");
    assertThat(WeightText.format(new BigDecimal("0.60"))).isEqualTo("60 %");
  }

  @Test
  void bands_readInTheirThreeForms() {
    assertThat(BandText.parse("5/25").band())
        .isEqualTo(new DriftBand(new BigDecimal("0.05"), new BigDecimal("0.25")));
    assertThat(BandText.parse("3 pp").band())
        .isEqualTo(new DriftBand(new BigDecimal("0.03"), null));
    assertThat(BandText.parse("/20").band()).isEqualTo(new DriftBand(null, new BigDecimal("0.20")));
    assertThat(BandText.parse("none").band()).isEqualTo(DriftBand.UNLIMITED);
    assertThat(BandText.parse("").band()).isNull();
    assertThat(BandText.parse("").error()).isEmpty();
  }

  @Test
  void badBands_sayWhatToType() {
    assertThat(BandText.parse("wide").error())
        .contains(
            "'wide' is not a band: type 5 for ±5 pp, 5/25 for the 5/25 rule, none, or leave it"
                + " empty to inherit");
    assertThat(BandText.parse("/").error()).isPresent();
    assertThat(BandText.parse("150").error()).contains("a band limit is between 0 and 100");
  }

  @Test
  void bandsAreWrittenAsTheyWouldBeTyped() {
    assertThat(BandText.format(DriftBand.FIVE_TWENTY_FIVE)).isEqualTo("5/25");
    assertThat(BandText.format(new DriftBand(null, new BigDecimal("0.2")))).isEqualTo("/20");
    assertThat(BandText.format(DriftBand.UNLIMITED)).isEqualTo("none");
  }
}
