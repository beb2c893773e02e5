package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expiry ladder of the derivatives samples, checked against the positions it sums. */
class ExpiryLadderTest {
  /** Sums of a few doubles: they agree to far better than a cent. */
  private static final double CENT = 0.005;

  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);

  private static List<ExpiryRung> ladder(Portfolio portfolio) {
    return ExpiryLadder.of(
        portfolio, portfolio.market(), ExposureCalculator.DEFAULT.compute(portfolio));
  }

  private static PositionExposure position(BookExposure exposure, String symbol) {
    return exposure.positions().stream()
        .filter(p -> p.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void of_cryptoSample_groupsTheFutureAndItsOptions_onTheirDay() {
    BookExposure exposure = ExposureCalculator.DEFAULT.compute(CRYPTO);

    List<ExpiryRung> rungs = ExpiryLadder.of(CRYPTO, CRYPTO.market(), exposure);

    assertThat(rungs).hasSize(1);
    ExpiryRung december = rungs.get(0);
    assertThat(december.expiry()).isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(december.underlying()).isEqualTo("BTC");
    assertThat(december.daysToExpiry()).isEqualTo(34);
    assertThat(december.toRoll()).isFalse();
    assertThat(december.positions())
        .extracting(PositionExposure::symbol)
        .containsExactly("BTC-25DEC26", "BTC-25DEC26-100000-C", "BTC-25DEC26-85000-P");
    double cash = december.positions().stream().mapToDouble(PositionExposure::cashDelta).sum();
    assertThat(december.cashDelta()).isCloseTo(cash, within(CENT));
    // counted in BTC as the book's net per underlying counts it: cash over the spot price
    assertThat(december.delta()).isCloseTo(cash / 91250, within(1e-9));
    assertThat(december.vega())
        .isCloseTo(
            position(exposure, "BTC-25DEC26-100000-C").vega()
                + position(exposure, "BTC-25DEC26-85000-P").vega(),
            within(CENT));
  }

  @Test
  void of_aContractExpiringWithinTheWeek_isARungOfItsOwn_first_andToBeRolled() {
    Instant soon = Instant.parse("2026-11-24T08:00:00Z");
    List<Instrument> instruments =
        CRYPTO.instruments().stream()
            .map(i -> i.symbol().equals("BTC-25DEC26-85000-P") ? expiringAt(i, soon) : i)
            .toList();
    Portfolio book = CRYPTO.toBuilder().instruments(instruments).build();

    List<ExpiryRung> rungs = ladder(book);

    assertThat(rungs)
        .extracting(r -> r.expiry() + " " + r.underlying() + " " + r.positions().size())
        .containsExactly("2026-11-24 BTC 1", "2026-12-25 BTC 2");
    assertThat(rungs.get(0).daysToExpiry()).isEqualTo(3);
    assertThat(rungs.get(0).toRoll()).isTrue();
    assertThat(rungs.get(1).toRoll()).isFalse();
  }

  @Test
  void of_derivativesSample_oneRungPerUnderlying_onTheSameDay_byName() {
    Portfolio book = TestPortfolios.read(TestPortfolios.DERIVATIVES);

    assertThat(ladder(book))
        .extracting(r -> r.expiry() + " " + r.underlying() + " " + r.positions().size())
        .containsExactly("2026-12-18 DAX 1", "2026-12-18 SPX 1", "2026-12-18 SPY 2");
  }

  @Test
  void of_aSpotBook_hasNoRungs() {
    assertThat(ladder(TestPortfolios.read(TestPortfolios.CRYPTO))).isEmpty();
  }

  private static Instrument expiringAt(Instrument option, Instant instant) {
    return new Instrument(
        option.symbol(),
        option.name(),
        option.assetClass(),
        option.type(),
        option.quoteCurrency(),
        option.lotStep(),
        option.minQuantity(),
        option.minNotional(),
        option.priceTick(),
        option.multiplier(),
        option.terms().expiringAt(instant));
  }
}
