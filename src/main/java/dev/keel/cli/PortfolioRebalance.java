package dev.keel.cli;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.GuardReports;
import dev.keel.engine.rebalance.GuardedRebalancer;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rebalance of one portfolio file by {@code keel rebalance}: read it, propose, approve every
 * trade but those rejected, change the quantities asked, render the proposal (unless quiet) and
 * export the orders. Touches no stream: what it would print is returned, so that portfolios run in
 * parallel print in the order they were given.
 */
final class PortfolioRebalance {
  private final RebalanceSettings settings;
  private final OrderTerms terms;
  private final List<String> rejected;
  private final Map<String, BigDecimal> quantities;
  private final boolean quiet;
  private final RebalanceExport export;
  private final boolean dryRun;
  private final Instant now;

  /**
   * @param rejected the trade ids of {@code --reject}
   * @param quantities the new quantities of {@code --quantity}, by trade id
   * @param quiet whether to leave out the proposal and print the summary only
   * @param export where and how the orders are written
   * @param dryRun whether to list the files instead of writing them
   * @param now the time of every portfolio's manifest
   */
  /** The exposure basis the command line asked for, {@code null} for the file's. */
  private final ExposureBasis basis;

  /** The guard's limits the command line set, over the file's. */
  private final MarginGuard guard;

  /** Whether to export although an account ends past its guard. */
  private final boolean overrideGuard;

  PortfolioRebalance(
      RebalanceSettings settings,
      OrderTerms terms,
      List<String> rejected,
      Map<String, BigDecimal> quantities,
      boolean quiet,
      RebalanceExport export,
      boolean dryRun,
      Instant now,
      ExposureBasis basis,
      MarginGuard guard,
      boolean overrideGuard) {
    this.basis = basis;
    this.guard = guard;
    this.overrideGuard = overrideGuard;
    this.settings = settings;
    this.terms = terms;
    this.rejected = rejected;
    this.quantities = quantities;
    this.quiet = quiet;
    this.export = export;
    this.dryRun = dryRun;
    this.now = now;
  }

  /** The portfolio on another exposure basis than its file's, when one is asked for. */
  static Portfolio withBasis(Portfolio portfolio, ExposureBasis basis) {
    return basis == null ? portfolio : portfolio.toBuilder().exposureBasis(basis).build();
  }

  /** Rebalances the portfolio of a file; a file that cannot be read gives its problems. */
  PortfolioOutput run(Path file) {
    PortfolioFiles.Opened opened = PortfolioFiles.open(file);
    ReadResult<Portfolio> read = opened.result();
    if (!read.isOk()) {
      return PortfolioOutput.invalid(file.toString(), read.problems());
    }
    String warnings = PortfolioOutput.warnings(read.warnings());
    return rebalance(file, opened).afterOnErr(warnings);
  }

  private PortfolioOutput rebalance(Path file, PortfolioFiles.Opened opened) {
    Portfolio portfolio = withBasis(opened.result().get(), basis);
    Optional<String> impossible = Rebalancer.DEFAULT.check(portfolio, settings);
    if (impossible.isPresent()) {
      return PortfolioOutput.failed("keel: " + file + ": " + impossible.get() + "\n");
    }
    MarginGuard limits = portfolio.guard().overriddenBy(guard);
    Review review = Review.of(GuardedRebalancer.propose(portfolio, settings, limits)).approveAll();
    for (String id : rejected) {
      if (review.proposal().trade(id).isEmpty()) {
        return PortfolioOutput.failed("keel: " + file + ": no trade " + id + " to reject\n");
      }
      review = review.reject(id);
    }
    for (Map.Entry<String, BigDecimal> change : quantities.entrySet()) {
      if (review.proposal().trade(change.getKey()).isEmpty()) {
        return PortfolioOutput.failed(
            "keel: " + file + ": no trade " + change.getKey() + " to change\n");
      }
      Review.Change result = review.changeQuantity(change.getKey(), change.getValue());
      if (result.error().isPresent()) {
        return PortfolioOutput.failed(
            "keel: "
                + file
                + ": "
                + change.getKey()
                + " quantity "
                + change.getValue().toPlainString()
                + ": "
                + result.error().get()
                + "\n");
      }
      review = result.review();
    }
    StringBuilder text = new StringBuilder();
    if (!quiet) {
      text.append(ProposalTable.render(review, review.outcome()));
    }
    GuardReport report = GuardReports.of(review, limits);
    if (report != null && !quiet) {
      text.append(GuardTable.render(report));
    }
    if (report != null && report.blocksExport() && !overrideGuard) {
      return new PortfolioOutput(
          false,
          text.toString(),
          "keel: "
              + file
              + ": not written: an account ends past its guard: "
              + String.join("; ", report.breachesAfter().stream().map(GuardBreach::text).toList())
              + "; reject or reduce trades, change the guard, or pass --override-guard to write"
              + " the orders anyway\n");
    }
    if (!review.problems().isEmpty()) {
      return new PortfolioOutput(
          false,
          text.toString(),
          "keel: " + file + ": not written: " + String.join("; ", review.problems()) + "\n");
    }
    RebalanceExport.Outcome outcome =
        export.export(
            file,
            opened.sha256(),
            review,
            terms,
            now,
            dryRun,
            summary(file, review),
            report,
            report != null && report.blocksExport() && overrideGuard);
    return new PortfolioOutput(outcome.ok(), text + outcome.out(), outcome.err());
  }

  private static String summary(Path file, Review review) {
    return file
        + ": "
        + review.count(Review.Decision.APPROVED)
        + " approved, "
        + review.count(Review.Decision.REJECTED)
        + " rejected, "
        + review.proposal().id();
  }
}
