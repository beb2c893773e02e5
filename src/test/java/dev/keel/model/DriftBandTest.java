package dev.keel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftBandTest {

  /** The 5/25 rule: the tighter of 5 pp and a quarter of the target decides. */
  @ParameterizedTest(name = "target {0}, drift {1}: breached={2}")
  @CsvSource({
    // large target: 5 pp is tighter than 25% of 0.60 (15 pp)
    "0.60, 0.05, false",
    "0.60, 0.0501, true",
    "0.60, -0.0501, true",
    // small target: 25% of 0.10 is 2.5 pp, tighter than 5 pp
    "0.10, 0.025, false",
    "0.10, 0.0251, true",
    "0.10, -0.03, true",
    // exactly at the edge is inside
    "0.20, 0.05, false",
    "0.20, 0.0500001, true",
    // zero target: any holding breaches the relative limit
    "0, 0.0001, true",
    "0, 0, false"
  })
  void isBreachedBy_fiveTwentyFive(String target, String drift, boolean breached) {
    assertThat(
            DriftBand.FIVE_TWENTY_FIVE.isBreachedBy(new BigDecimal(drift), new BigDecimal(target)))
        .isEqualTo(breached);
  }

  @ParameterizedTest(name = "abs {0}, rel {1}, target {2}: limit {3}")
  @CsvSource({
    "0.05, , 0.40, 0.05",
    ", 0.25, 0.40, 0.1000",
    "0.05, 0.25, 0.40, 0.05",
    "0.05, 0.25, 0.12, 0.0300"
  })
  void limitFor_takesTheTighterLimit(
      String absolute, String relative, String target, String limit) {
    DriftBand band =
        new DriftBand(
            absolute == null ? null : new BigDecimal(absolute),
            relative == null ? null : new BigDecimal(relative));
    assertThat(band.limitFor(new BigDecimal(target))).contains(new BigDecimal(limit));
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "1.01"})
  void constructor_rejectsLimitsOutsideZeroToOne(String limit) {
    assertThatThrownBy(() -> new DriftBand(new BigDecimal(limit), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
  }

  @ParameterizedTest
  @CsvSource({"0.5, 0.9", "-0.9, 0.1"})
  void unlimited_neverBreaches(String drift, String target) {
    assertThat(DriftBand.UNLIMITED.isBreachedBy(new BigDecimal(drift), new BigDecimal(target)))
        .isFalse();
    assertThat(DriftBand.UNLIMITED.limitFor(new BigDecimal(target))).isEmpty();
  }
}
