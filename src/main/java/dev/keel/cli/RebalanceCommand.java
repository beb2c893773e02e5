package dev.keel.cli;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.AtomicFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.io.export.OrderFormat;
import dev.keel.io.export.Routing;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel rebalance FILE... [options]}: propose trades, print them, write the orders. */
@Command(
    name = "rebalance",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Propose the trades that bring each portfolio back within its bands, print them with their"
          + " reasons, the before and after, the totals and the warnings, and write the orders.",
      "Every proposed trade is approved except those named with --reject; --quantity changes one."
          + " Each account's venue decides the format of its orders (--format forces one); the"
          + " files written, and a manifest listing them, are printed. Several files or"
          + " directories (their *.json files) are processed in parallel.",
      "Exit 0 on success, 1 when a file is invalid, a request impossible or a write fails,"
          + " 2 on a usage error."
    })
final class RebalanceCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "portfolio files or directories")
  List<Path> inputs;

  @Option(
      names = "--trigger",
      defaultValue = "threshold",
      converter = OptionConverters.TriggerConverter.class,
      description = "threshold (default: only what is outside its band) or calendar (everything)")
  Trigger trigger;

  @Option(
      names = "--destination",
      defaultValue = "target",
      converter = OptionConverters.DestinationConverter.class,
      description = "target (default), band-edge, or partial with --fraction")
  RebalanceSettings.Destination destination;

  @Option(
      names = "--fraction",
      paramLabel = "F",
      description = "for partial: how much of the band to leave, 0 to 1 (0.5 is halfway)")
  BigDecimal fraction;

  @Option(names = "--deposit", paramLabel = "AMOUNT", description = "money to invest (base ccy)")
  BigDecimal deposit;

  @Option(names = "--withdraw", paramLabel = "AMOUNT", description = "money to raise (base ccy)")
  BigDecimal withdraw;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description = "account of the deposit or withdrawal (needed when there are several)")
  String account;

  @Option(
      names = "--mode",
      defaultValue = "buy-sell",
      converter = OptionConverters.ModeConverter.class,
      description = "buy-sell (default), buy-only or sell-only")
  Mode mode;

  @Option(
      names = "--scope",
      defaultValue = "account",
      converter = OptionConverters.ScopeConverter.class,
      description = "account (default: each account on its own) or household (all as one)")
  Scope scope;

  @Option(
      names = "--min-trade",
      paramLabel = "AMOUNT",
      description = "smallest trade worth making, base currency")
  BigDecimal minTrade;

  @Option(
      names = "--max-turnover",
      paramLabel = "FRACTION",
      description = "cap on buys plus sells as a fraction of the book, e.g. 0.1")
  BigDecimal maxTurnover;

  @Option(
      names = "--format",
      converter = OptionConverters.FormatConverter.class,
      description =
          "generic, ibkr or ccxt: one file of that format for every order (default: each"
              + " account's venue decides: a CCXT list per crypto-exchange account, one IBKR"
              + " basket, generic CSV for the rest)")
  OrderFormat format;

  @Option(
      names = "--order-type",
      defaultValue = "market",
      converter = OptionConverters.OrderTypeConverter.class,
      description = "market (default) or limit")
  OrderTerms.OrderType orderType;

  @Option(
      names = "--limit-offset-bps",
      paramLabel = "N",
      description = "for limit orders: basis points through the reference price (default 0)")
  BigDecimal limitOffsetBps;

  @Option(
      names = "--reject",
      split = ",",
      paramLabel = "ID",
      description = "trade ids to leave out, e.g. T2,T5 (one portfolio only)")
  List<String> rejected = new ArrayList<>();

  @Option(
      names = "--quantity",
      paramLabel = "ID=QTY",
      description = "change a trade's quantity, e.g. T3=0.5 (one portfolio only)")
  Map<String, BigDecimal> quantities = new LinkedHashMap<>();

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "folder to write in (created when needed; a missing PATH ending in .csv or .json is"
              + " not made one), or the file of a one-file export (default: beside each portfolio,"
              + " NAME.orders.csv or .json, or one file per venue)")
  Path out;

  @Option(names = "--force", description = "replace existing orders files and manifests")
  boolean force;

  @Option(
      names = "--dry-run",
      description = "print the proposal and the files it would write, write nothing")
  boolean dryRun;

  @Option(
      names = "--quiet",
      description = "a summary per portfolio and the files written, instead of the proposal")
  boolean quiet;

  private final Clock clock;

  RebalanceCommand(Clock clock) {
    this.clock = clock;
  }

  /** What became of one portfolio. */
  private record Result(boolean ok, String out, String err) {}

  @Override
  public Integer call() throws InterruptedException {
    RebalanceSettings settings = settings();
    OrderTerms terms = terms();
    List<Path> files = PortfolioInputs.expand(spec.commandLine(), inputs);
    boolean several = files.size() > 1;
    if (several && (!rejected.isEmpty() || !quantities.isEmpty())) {
      throw usage("--reject and --quantity apply to one portfolio at a time");
    }
    if (several && out != null && Files.isRegularFile(out)) {
      throw usage("--out must be a directory when several portfolios are given");
    }
    if (several && out != null) {
      String refusal = OutFolder.refusal(out, "several portfolios are given");
      if (refusal != null) {
        throw usage(refusal);
      }
    }
    if (several) {
      refuseSharedNames(files);
    }
    OutFolder made = several && out != null && !dryRun ? makeOut() : null;
    Instant now = clock.instant(); // one time for every portfolio's manifest
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<Result>> futures = new ArrayList<>();
    try {
      for (Path file : files) {
        futures.add(pool.submit(() -> rebalance(file, settings, terms, now, several)));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      boolean allOk = true;
      for (Future<Result> future : futures) {
        Result result = get(future);
        stdout.print(result.out());
        stderr.print(result.err());
        allOk &= result.ok();
      }
      return allOk ? KeelCli.OK : KeelCli.FAILED;
    } finally {
      pool.shutdownNow();
      if (made != null) {
        made.removeIfEmpty(); // made for the orders, and none could be written
      }
    }
  }

  /** The folder {@code --out} names for several portfolios, made when it is missing. */
  private OutFolder makeOut() {
    try {
      return OutFolder.make(out);
    } catch (IOException e) {
      throw usage("cannot create " + out + ": " + AtomicFiles.describe(e));
    }
  }

  /**
   * Refuses portfolios whose orders would go to the same files: two of one name (in any case) in
   * one {@code --out} folder, or one file given twice. They are written in parallel, and would
   * write over each other.
   */
  private void refuseSharedNames(List<Path> files) {
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      Path folder = out != null ? out : file.toAbsolutePath().getParent();
      String key =
          folder.toAbsolutePath().normalize()
              + "/"
              + RebalanceExport.stem(file).toLowerCase(Locale.ROOT);
      Path other = seen.putIfAbsent(key, file);
      if (other != null) {
        throw usage(
            other
                + " and "
                + file
                + " would write the same order files"
                + (out != null ? " in " + out : "")
                + ": rebalance them one at a time, or give them different names");
      }
    }
  }

  private static Result get(Future<Result> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("rebalance failed", e.getCause());
    }
  }

  private Result rebalance(
      Path file, RebalanceSettings settings, OrderTerms terms, Instant now, boolean several) {
    PortfolioFiles.Opened opened = PortfolioFiles.open(file);
    ReadResult<Portfolio> read = opened.result();
    if (!read.isOk()) {
      java.io.StringWriter text = new java.io.StringWriter();
      PrintWriter writer = new PrintWriter(text);
      Problems.print(writer, file.toString(), read.problems());
      writer.flush();
      return new Result(false, "", text.toString());
    }
    java.io.StringWriter warnings = new java.io.StringWriter();
    PrintWriter warningWriter = new PrintWriter(warnings);
    Problems.warnings(warningWriter, read.warnings());
    warningWriter.flush();
    Result result = rebalance(file, opened, settings, terms, now, several);
    return new Result(result.ok(), result.out(), warnings + result.err());
  }

  private Result rebalance(
      Path file,
      PortfolioFiles.Opened opened,
      RebalanceSettings settings,
      OrderTerms terms,
      Instant now,
      boolean several) {
    Portfolio portfolio = opened.result().get();
    Optional<String> impossible = Rebalancer.DEFAULT.check(portfolio, settings);
    if (impossible.isPresent()) {
      return new Result(false, "", "keel: " + file + ": " + impossible.get() + "\n");
    }
    Review review = Review.of(Rebalancer.DEFAULT.propose(portfolio, settings)).approveAll();
    for (String id : rejected) {
      if (review.proposal().trade(id).isEmpty()) {
        return new Result(false, "", "keel: " + file + ": no trade " + id + " to reject\n");
      }
      review = review.reject(id);
    }
    for (Map.Entry<String, BigDecimal> change : quantities.entrySet()) {
      if (review.proposal().trade(change.getKey()).isEmpty()) {
        return new Result(
            false, "", "keel: " + file + ": no trade " + change.getKey() + " to change\n");
      }
      Review.Change result = review.changeQuantity(change.getKey(), change.getValue());
      if (result.error().isPresent()) {
        return new Result(
            false,
            "",
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
    if (!review.problems().isEmpty()) {
      return new Result(
          false,
          text.toString(),
          "keel: " + file + ": not written: " + String.join("; ", review.problems()) + "\n");
    }
    String summary = summary(file, review);
    RebalanceExport export =
        new RebalanceExport(
            format == null ? Routing.BY_VENUE : Routing.forced(format), out, several, force);
    RebalanceExport.Outcome outcome =
        export.export(file, opened.sha256(), review, terms, now, dryRun, summary);
    return new Result(outcome.ok(), text + outcome.out(), outcome.err());
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

  private RebalanceSettings settings() {
    RebalanceSettings.Builder builder =
        RebalanceSettings.builder().trigger(trigger).mode(mode).scope(scope);
    switch (destination) {
      case TARGET -> builder.toTarget();
      case BAND_EDGE -> builder.toBandEdge();
      case PARTIAL -> {
        if (fraction == null) {
          throw usage("--destination partial needs --fraction F (0 to 1, 0.5 is halfway)");
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
          throw usage("--fraction must be between 0 and 1, not " + fraction.toPlainString());
        }
        builder.partial(fraction);
      }
    }
    if (fraction != null && destination != RebalanceSettings.Destination.PARTIAL) {
      throw usage("--fraction applies only to --destination partial");
    }
    if (deposit != null && withdraw != null) {
      throw usage("give --deposit or --withdraw, not both");
    }
    if (deposit != null) {
      builder.deposit(positive(deposit, "--deposit"));
    }
    if (withdraw != null) {
      builder.withdraw(positive(withdraw, "--withdraw"));
    }
    if (account != null && deposit == null && withdraw == null) {
      throw usage("--account names the account of a --deposit or --withdraw");
    }
    builder.cashFlowAccount(account);
    if (minTrade != null) {
      builder.minTradeNotional(positive(minTrade, "--min-trade"));
    }
    if (maxTurnover != null) {
      builder.maxTurnover(positive(maxTurnover, "--max-turnover"));
    }
    return builder.build();
  }

  private OrderTerms terms() {
    if (orderType == OrderTerms.OrderType.MARKET) {
      if (limitOffsetBps != null) {
        throw usage("--limit-offset-bps applies only to --order-type limit");
      }
      return OrderTerms.MARKET;
    }
    BigDecimal offset = limitOffsetBps == null ? BigDecimal.ZERO : limitOffsetBps;
    if (offset.signum() < 0 || offset.compareTo(new BigDecimal("10000")) >= 0) {
      throw usage("--limit-offset-bps must be at least 0 and below 10000");
    }
    return OrderTerms.limit(offset);
  }

  private BigDecimal positive(BigDecimal value, String option) {
    if (value.signum() <= 0) {
      throw usage(option + " must be above zero, not " + value.toPlainString());
    }
    return value;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
