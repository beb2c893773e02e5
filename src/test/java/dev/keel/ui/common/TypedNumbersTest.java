package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.io.text.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumbersTest {
  @ParameterizedTest
  @CsvSource({"12, 12", "0.5, 0.5", ".5, 0.5", "'12,5', 12.5", "' 7 ', 7"})
  void decimals_takeAPointOrAComma(String typed, String value) {
    assertThat(TypedNumbers.decimal(typed))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "1e3", "1.2.3", "12 coins", "1,000.5"})
  void otherTexts_areNotDecimals(String typed) {
    assertThat(TypedNumbers.decimal(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"10000, 10000", "'10,000.50', 10000.50", "'10 000', 10000", "'1,234,567', 1234567"})
  void money_takesThousandsGroups(String typed, String value) {
    assertThat(TypedNumbers.money(typed))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2500,50", "10,00", "1,0000", "12.5.1", "-3"})
  void money_refusesADecimalCommaAndBadGroups(String typed) {
    assertThat(TypedNumbers.money(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"12.5, 0.125", "'12.5 %', 0.125", "'40%', 0.40"})
  void percentages_becomeFractions(String typed, String fraction) {
    assertThat(TypedNumbers.percent(typed))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(fraction));
  }

  /** Numbers past the digits a file may hold are refused as typed, as in files and options. */
  @Test
  void numbersPastTheDigitLimit_areRefusedEverywhere() {
    String tooLong = "1" + "0".repeat(InputLimits.MAX_DIGITS);
    String tooFine = "0." + "0".repeat(InputLimits.MAX_DIGITS) + "1";
    String million = "9".repeat(1_000_000);
    for (String typed : new String[] {tooLong, tooFine, million}) {
      assertThat(TypedNumbers.decimal(typed)).as(typed.substring(0, 10)).isEmpty();
      assertThat(TypedNumbers.money(typed)).as(typed.substring(0, 10)).isEmpty();
      assertThat(TypedNumbers.percent(typed)).as(typed.substring(0, 10)).isEmpty();
    }
    assertThat(TypedNumbers.decimal("9".repeat(InputLimits.MAX_DIGITS))).isPresent();
  }
}
