package dev.keel.ui.stress;

import dev.keel.analytics.margin.AccountMarginFigures;
import dev.keel.analytics.margin.MarginCalculator;
import dev.keel.analytics.stress.BookStress;
import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.StressCalculator;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One side of the proposal under the scenarios: the stress calculator's figures, and the margin
 * accounts already at or past liquidation before any scenario (which the book after a proposal may
 * be, and its margin ratio today alone would not say).
 *
 * @param stress the book under the scenarios
 * @param atLiquidation the ids of the margin accounts at or past liquidation today
 */
record StressedBook(BookStress stress, Set<String> atLiquidation) {
  StressedBook {
    atLiquidation = Set.copyOf(atLiquidation);
  }

  /** {@code book} under {@code scenarios}. */
  static StressedBook of(Portfolio book, List<Scenario> scenarios) {
    BookStress stress = StressCalculator.DEFAULT.run(book, scenarios);
    Set<String> atLiquidation =
        MarginCalculator.WITHOUT_SHOCK.compute(book).accounts().stream()
            .filter(a -> a.mode() != MarginMode.CASH && a.atLiquidation())
            .map(AccountMarginFigures::account)
            .collect(Collectors.toSet());
    return new StressedBook(stress, atLiquidation);
  }
}
