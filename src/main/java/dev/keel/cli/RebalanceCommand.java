package dev.keel.cli;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keel rebalance FILE... [options]}: propose trades, print them, write the orders.
 *
 * <p>The command checks what concerns the portfolios together (one {@code --out} folder, names that
 * would share files), then rebalances each one ({@link PortfolioRebalance}) in parallel and prints
 * what each gives ({@link PortfolioOutput}) in the order the files were given. How to rebalance and
 * how to write the orders are the options of {@link RebalanceOptions}.
 */
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

  @Mixin RebalanceOptions options;

  @Mixin GuardOptions guard;

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
  Map<String, String> quantities = new LinkedHashMap<>();

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

  @Override
  public Integer call() throws InterruptedException {
    RebalanceSettings settings = options.settings();
    OrderTerms terms = options.terms();
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
    PortfolioRebalance rebalance =
        new PortfolioRebalance(
            settings,
            terms,
            rejected,
            OptionNumbers.decimals(spec.commandLine(), "--quantity", quantities),
            quiet,
            new RebalanceExport(options.routing(), out, several, force, files),
            dryRun,
            now,
            options.basis,
            guard.limits(),
            guard.override);
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<PortfolioOutput>> futures = new ArrayList<>();
    try {
      for (Path file : files) {
        futures.add(pool.submit(() -> rebalance.run(file)));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      boolean allOk = true;
      for (Future<PortfolioOutput> future : futures) {
        PortfolioOutput output = get(future);
        output.print(stdout, stderr);
        allOk &= output.ok();
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

  private static PortfolioOutput get(Future<PortfolioOutput> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("rebalance failed", e.getCause());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
