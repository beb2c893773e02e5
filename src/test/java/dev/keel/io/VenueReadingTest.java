package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.Portfolio;
import dev.keel.model.Venue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An account's venue: known ids, the free-text names of older files, and the rest. */
class VenueReadingTest {
  private static final String FILE =
      """
      {
        "format": "keel-portfolio", "version": 1, "name": "T", "baseCurrency": "USD",
        "asOf": "2026-11-20T16:00:00Z",
        "accounts": [ { "id": "a", "venue": %s } ]
      }
      """;

  private static ReadResult<Portfolio> read(String venue) {
    return PortfolioJson.DEFAULT.read("t.json", FILE.formatted(venue));
  }

  @ParameterizedTest
  @CsvSource({
    "'\"deribit\"', DERIBIT",
    "'\"ibkr\"', IBKR",
    "'\"other\"', OTHER",
    "'\"Interactive Brokers\"', IBKR",
    "'\"Deribit\"', DERIBIT",
    "'\"Kraken\"', KRAKEN",
    "'\"Coinbase Pro\"', COINBASE",
    "'\"Gate.io\"', GATE",
    "'\"\"', OTHER"
  })
  void read_knownIdOrName_mapsWithoutWarning(String venue, Venue expected) {
    ReadResult<Portfolio> result = read(venue);

    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.get().accounts().get(0).venue()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Broker A", "Exchange B", "Robinhood"})
  void read_unknownName_isOtherWithALocatedWarning(String name) {
    ReadResult<Portfolio> result = read("\"" + name + "\"");

    assertThat(result.isOk()).isTrue();
    assertThat(result.get().accounts().get(0).venue()).isEqualTo(Venue.OTHER);
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.line()).isEqualTo(4);
              assertThat(warning.column()).isEqualTo(39);
              assertThat(warning.message())
                  .contains("\"" + name + "\" is not one Keel knows")
                  .contains("generic format")
                  .contains("binance, ")
                  .contains("ibkr, other");
            });
  }

  @ParameterizedTest
  @CsvSource({"'\"Interactive Brokers\"', ibkr", "'\"deribit\"', deribit"})
  void write_spellsTheVenueByItsId(String venue, String id) {
    String written = PortfolioJson.DEFAULT.write(read(venue).get());

    assertThat(written).contains("\"venue\": \"" + id + "\"");
  }

  @ParameterizedTest
  @CsvSource({"'\"other\"'", "'\"Broker A\"'"})
  void write_leavesOutTheVenueOther(String venue) {
    String written = PortfolioJson.DEFAULT.write(read(venue).get());

    assertThat(written).doesNotContain("\"venue\"");
  }
}
