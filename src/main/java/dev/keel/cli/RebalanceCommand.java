package dev.keel.cli;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.AtomicFiles;
import dev.keel.io.OrderExport;
import dev.keel.io.OrderFormat;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
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
          + " Several files or directories (their *.json files) are processed in parallel, one"
          + " orders file each, with a .manifest.json beside it.",
      "Exit 0 on success, 1 when a file is invalid, a request impossible or a write fails,"
          + " 2 on a usage error."
    })
final class RebalanceCommand implements java.util.concurrent.Callable<Integer> {

  /** Converts option text such as {@code band-edge} to the enum constant {@code BAND_EDGE}. */
  abstract static class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LabelConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E constant : type.getEnumConstants()) {
        if (RebalanceSettings.label(constant).equals(value)) {
          return constant;
        }
      }
      List<String> labels =
          Stream.of(type.getEnumConstants()).map(RebalanceSettings::label).toList();
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of " + String.join(", ", labels));
    }
  }

  static final class TriggerConverter extends LabelConverter<Trigger> {
    TriggerConverter() {
      super(Trigger.class);
    }
  }

  static final class DestinationConverter extends LabelConverter<RebalanceSettings.Destination> {
    DestinationConverter() {
      super(RebalanceSettings.Destination.class);
    }
  }

  static final class ModeConverter extends LabelConverter<Mode> {
    ModeConverter() {
      super(Mode.class);
    }
  }

  static final class ScopeConverter extends LabelConverter<Scope> {
    ScopeConverter() {
      super(Scope.class);
    }
  }

  static final class FormatConverter extends LabelConverter<OrderFormat> {
    FormatConverter() {
      super(OrderFormat.class);
    }
  }

  static final class OrderTypeConverter extends LabelConverter<OrderTerms.OrderType> {
    OrderTypeConverter() {
      super(OrderTerms.OrderType.class);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "portfolio files or directories")
  List<Path> inputs;

  @Option(
      names = "--trigger",
      defaultValue = "threshold",
      converter = TriggerConverter.class,
      description = "threshold (default: only what is outside its band) or calendar (everything)")
  Trigger trigger;

  @Option(
      names = "--destination",
      defaultValue = "target",
      converter = DestinationConverter.class,
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
      converter = ModeConverter.class,
      description = "buy-sell (default), buy-only or sell-only")
  Mode mode;

  @Option(
      names = "--scope",
      defaultValue = "account",
      converter = ScopeConverter.class,
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
      defaultValue = "generic",
      converter = FormatConverter.class,
      description = "generic (default CSV), ibkr (BasketTrader CSV) or ccxt (JSON)")
  OrderFormat format;

  @Option(
      names = "--order-type",
      defaultValue = "market",
      converter = OrderTypeConverter.class,
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
          "orders file, or directory for several portfolios (default: beside each file,"
              + " NAME.orders.csv or .json)")
  Path out;

  @Option(names = "--force", description = "replace existing orders files")
  boolean force;

  @Option(names = "--dry-run", description = "print the proposal, write nothing")
  boolean dryRun;

  @Option(names = "--quiet", description = "one line per portfolio instead of the proposal")
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
    List<Path> files = expand();
    if (files.size() > 1 && (!rejected.isEmpty() || !quantities.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(), "--reject and --quantity apply to one portfolio at a time");
    }
    if (files.size() > 1 && out != null && Files.isRegularFile(out)) {
      throw new ParameterException(
          spec.commandLine(), "--out must be a directory when several portfolios are given");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<Result>> futures = new ArrayList<>();
    try {
      for (Path file : files) {
        futures.add(pool.submit(() -> rebalance(file, settings, terms, now, files.size() > 1)));
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
    long approved = review.count(Review.Decision.APPROVED);
    if (dryRun) {
      text.append(summary(file, review, approved, null));
      return new Result(true, text.toString(), "");
    }
    Path target = target(file, several);
    try {
      OrderExport.write(
          target,
          review,
          format,
          terms,
          new OrderExport.Source(file.toString(), opened.sha256()),
          now,
          force);
    } catch (IOException e) {
      return new Result(
          false,
          text.toString(),
          "keel: cannot write "
              + target
              + ": "
              + AtomicFiles.describe(e)
              + (e instanceof java.nio.file.FileAlreadyExistsException
                  ? "; use --force to replace it or --out for another path"
                  : "")
              + "\n");
    }
    text.append(summary(file, review, approved, target));
    return new Result(true, text.toString(), "");
  }

  private static String summary(Path file, Review review, long approved, Path target) {
    long rejectedCount = review.count(Review.Decision.REJECTED);
    String counts =
        approved + " approved, " + rejectedCount + " rejected, " + review.proposal().id();
    if (target == null) {
      return file + ": " + counts + " (dry run, nothing written)\n";
    }
    return file
        + ": "
        + counts
        + " -> "
        + target
        + " (manifest "
        + OrderExport.manifestPath(target).getFileName()
        + ")\n";
  }

  private Path target(Path file, boolean several) {
    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
    String name = stem + ".orders." + format.extension();
    if (out == null) {
      return file.resolveSibling(name);
    }
    if (several || Files.isDirectory(out)) {
      return out.resolve(name);
    }
    return out;
  }

  private List<Path> expand() {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> children = Files.list(input)) {
          List<Path> json =
              children
                  .filter(p -> p.getFileName().toString().endsWith(".json"))
                  .filter(p -> !p.getFileName().toString().endsWith(".manifest.json"))
                  .filter(Files::isRegularFile)
                  .sorted()
                  .toList();
          if (json.isEmpty()) {
            throw new ParameterException(
                spec.commandLine(), input + " holds no portfolio files (*.json)");
          }
          files.addAll(json);
        } catch (IOException e) {
          throw new ParameterException(
              spec.commandLine(), "cannot list " + input + ": " + AtomicFiles.describe(e));
        }
      } else {
        files.add(input);
      }
    }
    if (out != null && files.size() > 1) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot create " + out + ": " + AtomicFiles.describe(e));
      }
    }
    return files;
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
