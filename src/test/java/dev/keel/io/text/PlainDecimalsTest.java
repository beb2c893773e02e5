package dev.keel.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainDecimalsTest {
  private final PlainDecimals twelve = new PlainDecimals(12, RoundingMode.HALF_EVEN);

  @ParameterizedTest
  @CsvSource({
    "134482.92, 134482.92",
    "-0.5, -0.5",
    "374, 374",
    "1e15, 1000000000000000",
    "123456789012345, 123456789012000",
    "0.000012345678901234, 0.0000123456789012",
    "0.1, 0.1",
    "0.30000000000000004, 0.3",
    "999999999999.7, 1000000000000",
    "-999999999999.5, -1000000000000",
    "1.0000000000005, 1",
    "1.0000000000015, 1",
    "2.5e-30, 0.0000000000000000000000000000025"
  })
  void writesPlainDecimalsOfTwelveDigits(double value, String expected) {
    String written = twelve.plain(value);
    assertThat(written).isEqualTo(expected).isEqualTo(twelve.exactPlain(value));
  }

  @Test
  void halvesInTheShortestFormRoundToEven() {
    // 0.1234567890125 is stored a little below its text; the shortest form's 5 is what counts
    assertThat(twelve.plain(0.1234567890125)).isEqualTo("0.123456789012");
    assertThat(twelve.plain(0.1234567890135)).isEqualTo("0.123456789014");
    assertThat(twelve.plain(2.5)).isEqualTo("2.5");
    assertThat(new PlainDecimals(1, RoundingMode.HALF_EVEN).plain(2.5)).isEqualTo("2");
    assertThat(new PlainDecimals(1, RoundingMode.HALF_EVEN).plain(3.5)).isEqualTo("4");
    // past 1e22 the power of ten is not exact: BigDecimal decides
    assertThat(twelve.plain(-Double.MAX_VALUE)).startsWith("-179769313486000").hasSize(310);
  }

  @Test
  void agreesWithBigDecimalOnMillionsOfValues() {
    SplittableRandom random = new SplittableRandom(20261202);
    for (int i = 0; i < 2_000_000; i++) {
      double value =
          switch (i % 4) {
            // any magnitude a report can hold
            case 0 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-30, 30));
            // decimals of a few places, as prices and quantities times each other give
            case 1 -> random.nextLong(-10_000_000_000L, 10_000_000_000L) / 100.0 * 1.37;
            // values whose thirteenth significant digit is a 5: the halves
            case 2 ->
                (random.nextLong(100_000_000_000L, 1_000_000_000_000L) * 10 + 5)
                    * Math.pow(10, random.nextInt(-20, 5));
            // whole numbers and powers of ten
            default -> Math.pow(10, random.nextInt(-15, 20)) * random.nextInt(1, 20);
          };
      int digits = i % 7 == 0 ? random.nextInt(1, PlainDecimals.MOST_DIGITS + 1) : 12;
      PlainDecimals decimals =
          digits == 12 ? twelve : new PlainDecimals(digits, RoundingMode.HALF_EVEN);
      String fast = decimals.plain(value);
      if (!fast.equals(decimals.exactPlain(value))) {
        assertThat(fast).as("%s at %d digits", value, digits).isEqualTo(decimals.exactPlain(value));
      }
    }
  }

  @Test
  void plain_roundsAHalfTheWayAsked() {
    assertThat(new PlainDecimals(1, RoundingMode.HALF_UP).plain(2.5)).isEqualTo("3");
    assertThat(new PlainDecimals(1, RoundingMode.HALF_EVEN).plain(2.5)).isEqualTo("2");
    assertThat(new PlainDecimals(3, RoundingMode.HALF_UP).plain(-0.1235)).isEqualTo("-0.124");
  }

  @ParameterizedTest
  @CsvSource({
    "1234.5678, 2, 1234.57",
    "0.125, 2, 0.13",
    "0.15, 1, 0.2",
    "-0.004, 2, 0.00",
    "-0.005, 2, -0.01",
    "-1e-9, 4, 0.0000",
    "2.5, 0, 3",
    "123456789012.345, 2, 123456789012.35",
    "1e20, 2, 100000000000000000000.00"
  })
  void fixed_writesAsStringFormatDoesWithoutANegativeZero(double value, int places, String text) {
    assertThat(PlainDecimals.fixed(value, places)).isEqualTo(text);
  }

  @Test
  void fixed_agreesWithStringFormatOnMillionsOfValues() {
    SplittableRandom random = new SplittableRandom(1202);
    for (int i = 0; i < 2_000_000; i++) {
      int places = random.nextInt(0, 9);
      double value =
          switch (i % 3) {
            case 0 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 16));
            // halves at the last place kept
            case 1 ->
                (random.nextLong(-1_000_000_000L, 1_000_000_000L) + 0.5) / Math.pow(10, places);
            default -> random.nextLong(-100_000_000_000L, 100_000_000_000L) / 1000.0;
          };
      String fast = PlainDecimals.fixed(value, places);
      String formatted = String.format(Locale.ROOT, "%." + places + "f", value);
      String expected = formatted.matches("-0\\.?0*") ? formatted.substring(1) : formatted;
      if (!fast.equals(expected)) {
        assertThat(fast).as("%s to %d places", value, places).isEqualTo(expected);
      }
    }
  }

  @Test
  void refusesWhatIsNotAFiniteNumberAndDigitsItCannotKeep() {
    assertThatThrownBy(() -> twelve.plain(Double.NaN)).hasMessageContaining("not a finite");
    assertThatThrownBy(() -> new PlainDecimals(14, RoundingMode.HALF_EVEN))
        .hasMessageContaining("1 to 13");
    assertThatThrownBy(() -> new PlainDecimals(0, RoundingMode.HALF_EVEN))
        .hasMessageContaining("1 to 13");
    assertThatThrownBy(() -> PlainDecimals.fixed(1, 13)).hasMessageContaining("0 to 12");
    assertThatThrownBy(() -> PlainDecimals.fixed(Double.POSITIVE_INFINITY, 2))
        .hasMessageContaining("not a finite");
  }
}
