package dev.keel.ui.stress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bands a heat cell is shaded by, at and either side of each edge. */
class LossBandTest {
  @ParameterizedTest(name = "P&L {0} on equity {1}: {2}")
  @CsvSource({
    "-500, 1000, SEVERE",
    "-2000, 1000, SEVERE",
    "-499.99, 1000, HEAVY",
    "-200, 1000, HEAVY",
    "-199.99, 1000, MODERATE",
    "-50, 1000, MODERATE",
    "-49.99, 1000, FLAT",
    "0, 1000, FLAT",
    "49.99, 1000, FLAT",
    "50, 1000, GAIN",
    "-0.01, 0, SEVERE",
    "-1, -100, SEVERE",
    "0, 0, FLAT",
    "1, -100, GAIN"
  })
  void of_sharesOfEquity(double pnl, double equity, LossBand band) {
    assertThat(LossBand.of(pnl, equity)).isEqualTo(band);
  }
}
