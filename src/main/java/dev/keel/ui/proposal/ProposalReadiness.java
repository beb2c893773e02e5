package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Hedger;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.model.Portfolio;
import dev.keel.model.TargetLevels;
import dev.keel.ui.proposal.RebalanceSettingsViewModel.SettingsOrError;
import java.util.Optional;

/**
 * Why no proposal can be worked out for the book now, and whether the one shown is cleared (there
 * is nothing to rebalance toward) or kept, marked stale (the user is fixing something).
 *
 * @param message what the proposal view says instead
 * @param clear whether the proposal shown is cleared
 */
record ProposalReadiness(String message, boolean clear) {

  /** Why the book cannot be rebalanced under the settings as read, or empty when it can. */
  static Optional<ProposalReadiness> ofRebalance(Portfolio portfolio, SettingsOrError read) {
    if (read.error() != null) {
      return stale("Fix the settings to see a proposal: " + read.error());
    }
    if (portfolio.targets().isEmpty()) {
      return Optional.of(
          new ProposalReadiness(
              "No targets are set: give the classes and instruments a target to rebalance", true));
    }
    if (!TargetLevels.incomplete(portfolio).isEmpty()) {
      return stale("The targets do not add up to 100 %: see the holdings table");
    }
    return Rebalancer.DEFAULT
        .check(portfolio, read.settings())
        .flatMap(problem -> stale("No proposal: " + problem));
  }

  /** Why the hedge cannot be worked out on the book, or empty when it can. */
  static Optional<ProposalReadiness> ofHedge(Portfolio portfolio, HedgeRequest request) {
    return Hedger.DEFAULT
        .check(portfolio, request)
        .flatMap(problem -> stale("No hedge: " + problem));
  }

  private static Optional<ProposalReadiness> stale(String message) {
    return Optional.of(new ProposalReadiness(message, false));
  }
}
