package dev.keel.ui.stress;

import dev.keel.analytics.stress.Scenario;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.engine.rebalance.Review;
import dev.keel.model.Portfolio;
import java.util.List;
import java.util.Objects;

/**
 * What the stress view asks to be worked out: the book, the review whose approved trades give the
 * book after the proposal ({@code null} for the book as it is only), the built-in sets chosen and
 * the scenario of one's own ({@code null} for none).
 */
record StressRequest(Portfolio portfolio, Review review, List<ScenarioSets> sets, Scenario own) {
  StressRequest {
    Objects.requireNonNull(portfolio, "portfolio");
    sets = List.copyOf(sets);
  }

  /**
   * Whether {@code other} asks for the same: the same book and review (the very same values, as a
   * comparison of two books would compare every position), the same sets and scenario.
   */
  boolean sameAs(StressRequest other) {
    return other != null
        && portfolio == other.portfolio
        && review == other.review
        && sets.equals(other.sets)
        && Objects.equals(own, other.own);
  }
}
