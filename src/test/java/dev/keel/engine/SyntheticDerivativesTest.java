package dev.keel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticDerivativesTest {
  private static final Portfolio BOOK =
      SyntheticDerivatives.add(SyntheticBook.generate(700, 10, 7), 250, 60, 7);

  @Test
  void add_givesAValidBook_withTheAskedNumberOfEachKind() {
    Map<String, Instrument> instruments = BOOK.instrumentsBySymbol();

    assertThat(PortfolioValidator.DEFAULT.validate(BOOK)).isEmpty();
    assertThat(BOOK.positions()).hasSize(700 + 250 + 60);
    assertThat(
            BOOK.positions().stream()
                .filter(p -> instruments.get(p.symbol()).type() == AssetType.OPTION)
                .count())
        .isEqualTo(250);
    assertThat(BOOK.instruments())
        .anyMatch(i -> i.terms() != null && i.terms().isInverse())
        .anyMatch(i -> i.type() == AssetType.FUTURE);
  }

  @Test
  void add_sameSeed_sameBook() {
    assertThat(SyntheticDerivatives.add(SyntheticBook.generate(700, 10, 7), 250, 60, 7))
        .isEqualTo(BOOK);
  }
}
