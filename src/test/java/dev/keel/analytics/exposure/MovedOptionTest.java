package dev.keel.analytics.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An option's premium after a common move, one option at a time, agrees with the common move's
 * revaluation of the same options together; and its mark today is the snapshot's.
 */
class MovedOptionTest {
  /** Sums of a few option values in USD, repriced the same way: agree to rounding. */
  private static final double SAME = 1e-7;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/margin/deribit-example.json",
        "src/test/resources/margin/regt-example.json",
        "sample-portfolios/margin-deribit.json"
      })
  void premiumChanges_addUpToTheCommonMovesChange(String file) {
    Portfolio book = TestPortfolios.read(Path.of(file));
    MarketView view = new MarketView(book, book.market());
    List<Position> options =
        book.positions().stream()
            .filter(p -> view.instrument(p.symbol()).type() == AssetType.OPTION)
            .toList();
    CommonMove together = CommonMove.of(book, book.market(), options);
    for (double move : new double[] {-0.3, -0.1, 0.05, 0.2, 0.5}) {
      double apart = 0;
      for (Position position : options) {
        Instrument instrument = view.instrument(position.symbol());
        MovedOption option = MovedOption.of(instrument, view);
        double weight =
            position.quantity().doubleValue()
                * instrument.multiplier().doubleValue()
                * view.fx(view.currencyOf(instrument.terms().underlying()));
        apart += weight * (option.premium(move) - option.premium(0));
      }
      assertThat(apart).as(file + " at " + move).isCloseTo(together.change(move), within(SAME));
    }
    for (Position position : options) {
      Instrument instrument = view.instrument(position.symbol());
      assertThat(MovedOption.of(instrument, view).mark(0))
          .isCloseTo(view.price(position.symbol()), within(1e-15));
    }
  }
}
