package dev.keel.cli;

import dev.keel.engine.guard.GuardBreach;
import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.GuardReports;
import dev.keel.engine.rebalance.GuardedRebalancer;
import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Hedger;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.io.export.Routing;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keel hedge FILE --underlying U --delta TARGET [--via SYMBOL] [--vega TARGET --vega-via
 * OPTION]}: the trades that bring an underlying's net delta (and vega) to a target, exported as
 * orders like a rebalance's.
 */
@Command(
    name = "hedge",
    mixinStandardHelpOptions = true,
    description = {
      "Propose the trades that bring one underlying's net delta to a target within one lot of the"
          + " hedge instrument (and its vega first, with an option), print them with the delta"
          + " before and after, and write them as orders (one file per venue, and a manifest).",
      "Exit 0 on success, 1 when the file is invalid, the hedge impossible or a write fails, 2 on"
          + " a usage error."
    })
final class HedgeCommand implements Callable<Integer> {
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "portfolio file (JSON)")
  Path file;

  @Option(
      names = "--underlying",
      required = true,
      paramLabel = "U",
      description = "the underlying to hedge: a coin, a stock or an entry of underlyings")
  String underlying;

  @Option(
      names = "--delta",
      defaultValue = "0",
      paramLabel = "TARGET",
      description = "the net delta asked for, in units of the underlying (default 0: neutral)")
  String delta;

  @Option(
      names = "--via",
      paramLabel = "SYMBOL",
      description = "the instrument to hedge with (default: the file's hedges, else the spot)")
  String via;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description = "the account that trades (default: the one holding the instrument)")
  String account;

  @Option(
      names = "--vega",
      paramLabel = "TARGET",
      description = "the net vega asked for first, base currency per volatility point")
  String vega;

  @Option(
      names = "--vega-via",
      paramLabel = "OPTION",
      description = "the option that brings vega to its target")
  String vegaVia;

  @Option(
      names = "--format",
      converter = OptionConverters.FormatConverter.class,
      description = "generic, ibkr or ccxt: one file for every order (default: by venue)")
  dev.keel.io.export.OrderFormat format;

  @Option(names = "--out", paramLabel = "PATH", description = "file or folder for the orders")
  Path out;

  @Option(names = "--force", description = "replace files that exist")
  boolean force;

  @Option(names = "--dry-run", description = "say what would be written, write nothing")
  boolean dryRun;

  @Option(names = "--quiet", description = "print only the files written")
  boolean quiet;

  @Mixin GuardOptions guard;

  HedgeCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if ((vega == null) != (vegaVia == null)) {
      throw new ParameterException(spec.commandLine(), "--vega and --vega-via go together");
    }
    HedgeRequest request =
        new HedgeRequest(
            underlying,
            number("--delta", delta),
            via,
            account,
            vega == null ? null : number("--vega", vega),
            vegaVia);
    PortfolioFiles.Opened opened = PortfolioFiles.open(file);
    ReadResult<Portfolio> read = opened.result();
    if (!read.isOk()) {
      Problems.print(spec.commandLine().getErr(), file.toString(), read.problems());
      return KeelCli.FAILED;
    }
    Problems.warnings(spec.commandLine().getErr(), read.warnings());
    Portfolio portfolio = read.get();
    Optional<String> impossible = Hedger.DEFAULT.check(portfolio, request);
    if (impossible.isPresent()) {
      spec.commandLine().getErr().println("keel: " + file + ": " + impossible.get());
      return KeelCli.FAILED;
    }
    MarginGuard limits = portfolio.guard().overriddenBy(guard.limits());
    Review review =
        Review.of(
                GuardedRebalancer.keepWithinGuard(
                    Hedger.DEFAULT.propose(portfolio, request), limits))
            .approveAll();
    GuardReport report = GuardReports.of(review, limits);
    if (!quiet) {
      spec.commandLine()
          .getOut()
          .print(ProposalTable.render(review, review.outcome(), "Asked: " + request.describe()));
    }
    if (report != null && !quiet) {
      spec.commandLine().getOut().print(GuardTable.render(report));
    }
    if (report != null && report.blocksExport() && !guard.override) {
      spec.commandLine()
          .getErr()
          .println(
              "keel: "
                  + file
                  + ": not written: an account ends past its guard: "
                  + String.join(
                      "; ", report.breachesAfter().stream().map(GuardBreach::text).toList())
                  + "; pass --override-guard to write the orders anyway");
      return KeelCli.FAILED;
    }
    RebalanceExport export =
        new RebalanceExport(
            format == null ? Routing.BY_VENUE : Routing.forced(format),
            out,
            false,
            force,
            List.of(file));
    RebalanceExport.Outcome outcome =
        export.export(
            file,
            opened.sha256(),
            review,
            OrderTerms.MARKET,
            clock.instant(),
            dryRun,
            file + ": " + review.trades().size() + " hedge trade(s), " + review.proposal().id(),
            report,
            report != null && report.blocksExport() && guard.override);
    spec.commandLine().getOut().print(outcome.out());
    spec.commandLine().getErr().print(outcome.err());
    return outcome.ok() ? KeelCli.OK : KeelCli.FAILED;
  }

  private BigDecimal number(String option, String text) {
    return OptionNumbers.decimal(spec.commandLine(), option, text);
  }
}
