package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.engine.SyntheticBook;
import dev.keel.engine.SyntheticDerivatives;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The P&amp;L profile of seeded synthetic books (American and European listed options, index
 * futures, linear and inverse perpetuals) against a full revaluation of the book under moved
 * prices, for the stock with the most options, a coin with perpetuals and the futures' index.
 */
class PnlProfileSyntheticTest {
  /** Doubles of books of a few million dollars summed in another order: far within a cent. */
  private static final double REVALUATION = 1e-6;

  private static final String INDEX = "SYNX";

  @ParameterizedTest
  @ValueSource(longs = {7, 11})
  void of_syntheticBook_matchesAFullRevaluation(long seed) {
    Portfolio book = SyntheticDerivatives.add(SyntheticBook.generate(500, 5, seed), 200, 40, seed);
    List<String> underlyings = List.of(mostOptions(book), coinWithPerpetuals(book), INDEX);

    for (String underlying : underlyings) {
      PnlProfile profile = PnlProfiles.DEFAULT.of(book, book.market(), underlying, 5, 0.5);
      FullRevaluation revaluation = new FullRevaluation(book, underlying);
      for (PnlProfile.Point point : profile.points()) {
        assertThat(point.today())
            .as("seed %d, %s today at %s", seed, underlying, point.move())
            .isCloseTo(revaluation.today(point.move()), within(REVALUATION));
        if (profile.firstExpiry() == null) {
          assertThat(point.atFirstExpiry()).isNull();
          continue;
        }
        assertThat(point.atFirstExpiry())
            .as("seed %d, %s at the first expiry at %s", seed, underlying, point.move())
            .isCloseTo(revaluation.at(profile.firstExpiry(), point.move()), within(REVALUATION));
      }
    }
  }

  /** The root with the most option positions. */
  private static String mostOptions(Portfolio book) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Instrument> instruments = book.instrumentsBySymbol();
    for (Position position : book.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (instrument.type() == AssetType.OPTION) {
        counts.merge(Roots.of(instrument, instruments), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The first coin with an inverse perpetual held on it. */
  private static String coinWithPerpetuals(Portfolio book) {
    Map<String, Instrument> instruments = book.instrumentsBySymbol();
    return book.positions().stream()
        .map(p -> instruments.get(p.symbol()))
        .filter(i -> i.type() == AssetType.PERPETUAL && i.terms().isInverse())
        .map(i -> i.terms().underlying())
        .findFirst()
        .orElseThrow();
  }
}
