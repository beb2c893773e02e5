package dev.keel.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.model.ExerciseStyle;
import dev.keel.model.OptionRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionSpecTest {
  private static final OptionSpec CALL =
      OptionSpec.european(
          OptionRight.CALL, OptionModel.BLACK_SCHOLES_MERTON, 100, 95, 0.5, 0.04, 0.01, 0.3);

  @ParameterizedTest(name = "S={0} K={1} T={2} r={3} q={4} vol={5}: {6}")
  @CsvSource({
    "0, 100, 1, 0, 0, 0.2, underlyingPrice",
    "-1, 100, 1, 0, 0, 0.2, underlyingPrice",
    "NaN, 100, 1, 0, 0, 0.2, underlyingPrice",
    "Infinity, 100, 1, 0, 0, 0.2, underlyingPrice",
    "100, 0, 1, 0, 0, 0.2, strike",
    "100, NaN, 1, 0, 0, 0.2, strike",
    "100, 100, -0.1, 0, 0, 0.2, years",
    "100, 100, NaN, 0, 0, 0.2, years",
    "100, 100, Infinity, 0, 0, 0.2, years",
    "100, 100, 1, NaN, 0, 0.2, rate",
    "100, 100, 1, 0, Infinity, 0.2, yield",
    "100, 100, 1, 0, 0, -0.2, volatility",
    "100, 100, 1, 0, 0, Infinity, volatility"
  })
  void constructor_rejectsInputsNoMarketHas(
      double s, double k, double t, double r, double q, double vol, String field) {
    assertThatThrownBy(
            () ->
                OptionSpec.european(
                    OptionRight.PUT, OptionModel.BLACK_SCHOLES_MERTON, s, k, t, r, q, vol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  @Test
  void constructor_acceptsAnUnknownVolatilityAndAnExpiredOption() {
    OptionSpec unknown = CALL.withVolatility(Double.NaN);
    assertThat(unknown.hasVolatility()).isFalse();
    assertThat(CALL.hasVolatility()).isTrue();
    assertThat(CALL.withYears(0).years()).isZero();
    assertThat(CALL.withVolatility(0).volatility()).isZero();
    assertThatThrownBy(
            () ->
                new OptionSpec(
                    null, ExerciseStyle.EUROPEAN, OptionModel.BLACK_76, 1, 1, 1, 0, 0, 0.1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("right");
  }

  @Test
  void withCopies_changeOnlyTheirField() {
    assertThat(CALL.withUnderlyingPrice(120))
        .isEqualTo(
            new OptionSpec(
                OptionRight.CALL,
                ExerciseStyle.EUROPEAN,
                OptionModel.BLACK_SCHOLES_MERTON,
                120,
                95,
                0.5,
                0.04,
                0.01,
                0.3));
    assertThat(CALL.withYears(2).years()).isEqualTo(2);
    assertThat(CALL.withYears(2).withYears(0.5)).isEqualTo(CALL);
    assertThat(CALL.withVolatility(0.7).volatility()).isEqualTo(0.7);
    assertThat(CALL.withRate(0.07).rate()).isEqualTo(0.07);
    assertThat(CALL.withExercise(ExerciseStyle.AMERICAN).exercise())
        .isEqualTo(ExerciseStyle.AMERICAN);
  }

  @ParameterizedTest(name = "{0} at S={1}: {2}")
  @CsvSource({"CALL, 110, 15", "CALL, 90, 0", "PUT, 80, 15", "PUT, 100, 0"})
  void intrinsicValue_isTheValueOfExercisingNow(OptionRight right, double s, double value) {
    OptionSpec spec = OptionSpec.european(right, OptionModel.BLACK_76, s, 95, 1, 0.05, 0, 0.2);
    assertThat(spec.intrinsicValue()).isEqualTo(value);
    assertThat(spec.isCall()).isEqualTo(right == OptionRight.CALL);
  }

  @Test
  void displayName_namesEachModel() {
    assertThat(OptionModel.BLACK_SCHOLES_MERTON.displayName()).isEqualTo("Black-Scholes-Merton");
    assertThat(OptionModel.BLACK_76.displayName()).isEqualTo("Black-76");
  }
}
