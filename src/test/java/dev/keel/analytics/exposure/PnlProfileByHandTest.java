package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.AssetType;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The P&amp;L profile of small books, each point worked out by hand: a call at its expiry, an
 * option repriced with the time left then, a short perpetual, inverse contracts, cash in a coin,
 * and the grid of moves.
 */
class PnlProfileByHandTest {
  /**
   * Hull's example of the Black-Scholes-Merton formulas (Options, Futures and Other Derivatives: S
   * = 42, K = 40, r = 10 %, sigma = 20 %, T = 0.5; c = 4.76, p = 0.81), to nine decimals from the
   * closed form, and the same put over a year.
   */
  private static final double HULL_CALL = 4.759422393;

  private static final double HULL_PUT = 0.808599373;
  private static final double HULL_PUT_ONE_YEAR = 1.030568369;

  /** The hand values above are rounded to 1e-9 per unit; 100 units a contract, a few contracts. */
  private static final double OPTION_MONEY = 1e-6;

  /** Sums of a few products of doubles of the order of 1e6: far within a millionth of a cent. */
  private static final double MONEY = 1e-8;

  /** Half a year of ACT/365 after {@link HandBooks#AS_OF}: 182.5 days. */
  private static final Instant HALF_YEAR = Instant.parse("2026-07-02T12:00:00Z");

  private static final Instant ONE_YEAR = Instant.parse("2027-01-01T00:00:00Z");

  private static HandBooks hullStock() {
    return HandBooks.book().spot("XYZ", AssetType.STOCK, "42").rate("USD", "0.1");
  }

  @Test
  void of_longCall_atExpiryIsIntrinsicLessTodaysValue() {
    Portfolio book =
        hullStock()
            .option("XYZ-C-40", "XYZ", HALF_YEAR, "40", OptionRight.CALL, "0.2")
            .hold("XYZ-C-40", "3")
            .build();

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "XYZ", 9, 0.5);

    assertThat(profile.firstExpiry()).isEqualTo(HALF_YEAR);
    assertThat(profile.points()).hasSize(9);
    for (PnlProfile.Point point : profile.points()) {
      double intrinsic = Math.max(42 * (1 + point.move()) - 40, 0);
      assertThat(point.atFirstExpiry())
          .as("move %s", point.move())
          .isCloseTo(300 * (intrinsic - HULL_CALL), within(OPTION_MONEY));
    }
    // at the price of today the call loses its time value by its expiry
    assertThat(profile.points().get(4).today()).isZero();
    assertThat(profile.points().get(4).atFirstExpiry())
        .isCloseTo(300 * (2 - HULL_CALL), within(OPTION_MONEY));
  }

  @Test
  void of_laterOption_isRepricedWithTheTimeLeftAtTheFirstExpiry() {
    Portfolio book =
        hullStock()
            .option("XYZ-C-40", "XYZ", HALF_YEAR, "40", OptionRight.CALL, "0.2")
            .option("XYZ-P-40", "XYZ", ONE_YEAR, "40", OptionRight.PUT, "0.2")
            .hold("XYZ-C-40", "3")
            .hold("XYZ-P-40", "2")
            .build();

    PnlProfile.Point now =
        PnlProfiles.DEFAULT.of(book, book.market(), "XYZ", 3, 0.5).points().get(1);

    assertThat(now.move()).isZero();
    assertThat(now.today()).isZero();
    // the put, a year long today, has half a year left when the call expires
    assertThat(now.atFirstExpiry())
        .isCloseTo(
            300 * (2 - HULL_CALL) + 200 * (HULL_PUT - HULL_PUT_ONE_YEAR), within(OPTION_MONEY));
  }

  @Test
  void of_shortLinearPerpetual_isLinear_withoutAFirstExpiry() {
    Portfolio book =
        HandBooks.book()
            .spot("XYZ", AssetType.STOCK, "42")
            .linearPerpetual("XYZ-PERP", "XYZ", "42.1")
            .hold("XYZ-PERP", "-2", "40")
            .build();

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "XYZ", 11, 0.5);

    assertThat(profile.firstExpiry()).isNull();
    for (PnlProfile.Point point : profile.points()) {
      assertThat(point.today()).isCloseTo(-2 * 42.1 * point.move(), within(MONEY));
      assertThat(point.atFirstExpiry()).isNull();
      assertThat(point.price()).isCloseTo(42 * (1 + point.move()), within(1e-12));
    }
  }

  @Test
  void of_inversePerpetual_countsItsCoinProfitAtTheMovedCoinValue() {
    Portfolio crypto = TestPortfolios.read(TestPortfolios.CRYPTO_DERIVATIVES);
    Portfolio book =
        TestPortfolios.withPositions(
            crypto,
            crypto.positions().stream().filter(p -> p.symbol().equals("BTC-PERPETUAL")).toList());
    double face = -12000 * 10.0;
    double entry = 95200;
    double price = 91265.5;
    double coin = 91250; // the file's FX rate of BTC

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "BTC", 9, 0.5);

    assertThat(profile.price()).isEqualTo(91250);
    for (PnlProfile.Point point : profile.points()) {
      double moved = 1 + point.move();
      double expected =
          face * (1 / entry - 1 / (price * moved)) * coin * moved
              - face * (1 / entry - 1 / price) * coin;
      assertThat(point.today()).as("move %s", point.move()).isCloseTo(expected, within(MONEY));
    }
    assertThat(profile.warnings()).isEmpty();
  }

  @Test
  void of_inverseSettledInAnotherCoin_countsItsProfitAtThatCoinsValue() {
    Portfolio book =
        HandBooks.book()
            .spot("ETH", AssetType.CRYPTO_SPOT, "3000")
            .spot("BTC", AssetType.CRYPTO_SPOT, "90000")
            .inversePerpetual("ETH-INV", "ETH", "BTC", "3001")
            .hold("ETH-INV", "500", "2900")
            .build();
    double face = 5000;

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "ETH", 5, 0.5);

    for (PnlProfile.Point point : profile.points()) {
      double expected =
          face * (1 / 2900.0 - 1 / (3001 * (1 + point.move()))) * 90000
              - face * (1 / 2900.0 - 1 / 3001.0) * 90000;
      assertThat(point.today()).as("move %s", point.move()).isCloseTo(expected, within(MONEY));
    }
  }

  @Test
  void of_inverseWithoutEntry_takesTodaysPrice_andSaysSo() {
    Portfolio book =
        HandBooks.book()
            .spot("BTC", AssetType.CRYPTO_SPOT, "90000")
            .inversePerpetual("BTC-INV", "BTC", "BTC", "90100")
            .hold("BTC-INV", "-300")
            .build();

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "BTC", 3, 0.5);

    // N X / E per unit of move, with E = 90100 and X = 90000 (the coin's spot, no FX rate given)
    assertThat(profile.points().get(2).today())
        .isCloseTo(-3000 * 90000 / 90100.0 * 0.5, within(MONEY));
    assertThat(profile.warnings()).singleElement().asString().contains("BTC-INV: no entry price");
  }

  @Test
  void of_cashInTheCoin_movesWithIt_likeItsSpot() {
    Portfolio book =
        HandBooks.book()
            .spot("BTC", AssetType.CRYPTO_SPOT, "90010")
            .fx("BTC", "90000")
            .hold("BTC", "1")
            .cash("BTC", "0.5")
            .cash("USD", "1000")
            .build();

    PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), "BTC", 3, 0.5);

    assertThat(profile.points().get(0).today())
        .isCloseTo(-0.5 * (90010 + 0.5 * 90000), within(MONEY));
  }

  @Test
  void of_defaultPoints_haveTheCurrentPriceAddedBetweenTheMiddleTwo() {
    Portfolio book = hullStock().hold("XYZ", "10").build();

    List<PnlProfile.Point> points = PnlProfiles.DEFAULT.of(book, "XYZ").points();

    assertThat(points).hasSize(PnlProfiles.POINTS + 1);
    assertThat(points.get(0).move()).isEqualTo(-PnlProfiles.RANGE);
    assertThat(points.get(PnlProfiles.POINTS).move()).isEqualTo(PnlProfiles.RANGE);
    assertThat(points.get(PnlProfiles.POINTS / 2).move()).isZero();
    assertThat(points.get(PnlProfiles.POINTS / 2).price()).isEqualTo(42);
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).price()).isGreaterThan(points.get(i - 1).price());
      assertThat(points.get(i).move()).isEqualTo(-points.get(points.size() - 1 - i).move());
    }
  }

  @Test
  void moves_oddCount_isEvenlySpacedWithZeroInTheMiddle() {
    assertThat(PnlProfiles.moves(5, 0.3)).containsExactly(-0.3, -0.15, 0, 0.15, 0.3);
    assertThat(PnlProfiles.moves(2, 0.3)).containsExactly(-0.3, 0, 0.3);
  }

  @Test
  void of_badArguments_throw() {
    Portfolio book = hullStock().hold("XYZ", "10").build();
    PnlProfiles profiles = PnlProfiles.DEFAULT;

    assertThatThrownBy(() -> profiles.of(book, "ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no position of the book is on ABC");
    assertThatThrownBy(() -> profiles.of(book, book.market(), "XYZ", 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> profiles.of(book, book.market(), "XYZ", 9, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> profiles.of(book, book.market(), "XYZ", 9, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
