package dev.keel.io.export;

import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.Decimals;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.AtomicFiles;
import dev.keel.io.Digests;
import dev.keel.io.InputFiles;
import dev.keel.model.Instrument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the approved trades of a review as orders: each account's venue decides the format (a CCXT
 * order list per crypto-exchange account, one Interactive Brokers basket, generic CSV for the rest)
 * unless one format is forced, and one manifest lists every file with its SHA-256. Only approved
 * trades are written; numbers are plain decimals; text cells a spreadsheet would run as formulas
 * are neutralised; all files are written, or none. See {@code docs/order-export.md}.
 */
public final class OrderExport {
  /** Columns of the generic CSV. */
  public static final List<String> GENERIC_COLUMNS = GenericCsv.COLUMNS;

  /**
   * Where the export came from, for the manifest, and the files it must never replace.
   *
   * @param inputName the portfolio file's name as given
   * @param inputSha256 SHA-256 of the portfolio file's bytes, hex
   * @param inputs the files the command read (the portfolio, and in a run over several portfolios
   *     every one of them): a target that is, or leads through links to, one of them is refused
   * @param guard the margin guard's figures before and after the approved trades, {@code null} when
   *     the book is not guarded (no limit set, or no margin account)
   * @param guardOverridden whether the user wrote the orders although an account ends past its
   *     guard
   */
  public record Source(
      String inputName,
      String inputSha256,
      InputFiles inputs,
      GuardReport guard,
      boolean guardOverridden) {
    public Source {
      Objects.requireNonNull(inputs, "inputs");
    }

    /** A source of a book that is not guarded. */
    public Source(String inputName, String inputSha256, InputFiles inputs) {
      this(inputName, inputSha256, inputs, null, false);
    }

    /** A source with no file behind it to protect (a bundled sample, a test). */
    public Source(String inputName, String inputSha256) {
      this(inputName, inputSha256, InputFiles.NONE);
    }
  }

  /**
   * What an export wrote.
   *
   * @param orders the orders files, in the plan's order
   * @param manifest the manifest
   */
  public record Written(List<Path> orders, Path manifest) {
    public Written {
      orders = List.copyOf(orders);
    }
  }

  private OrderExport() {}

  /**
   * The files an export of the review's approved trades writes, named from {@code stem} (the
   * portfolio file's name without {@code .json}): {@code stem.orders.csv} or {@code .json} when one
   * file is written, else one name per venue ({@code stem.ibkr.orders.csv}) or crypto-exchange
   * account ({@code stem.deribit-main.orders.json}).
   */
  public static ExportPlan plan(Review review, Routing routing, String stem) {
    return ExportPlanner.plan(review, routing, stem);
  }

  /** The whole text of one file of a plan made from this review. */
  public static String render(Review review, OrderFile file, OrderTerms terms) {
    return FormatWriter.of(file.format())
        .render(file, file.trades(), terms, new ExportContext(review.proposal()));
  }

  /**
   * The beginning of one file: as {@link #render}, with only its first {@code orders} orders, for a
   * preview that need not build the whole file of a large book.
   */
  public static String preview(Review review, OrderFile file, OrderTerms terms, int orders) {
    return preview(file, terms, orders, new ExportContext(review.proposal()));
  }

  /**
   * The beginning of every file of a plan made from this review, in the plan's order: as {@link
   * #preview(Review, OrderFile, OrderTerms, int)}, looking the book up once for all files.
   */
  public static List<String> previews(
      Review review, ExportPlan plan, OrderTerms terms, int orders) {
    ExportContext context = new ExportContext(review.proposal());
    return plan.files().stream().map(file -> preview(file, terms, orders, context)).toList();
  }

  private static String preview(
      OrderFile file, OrderTerms terms, int orders, ExportContext context) {
    List<Trade> first = file.trades().subList(0, Math.min(orders, file.trades().size()));
    return FormatWriter.of(file.format()).render(file, first, terms, context);
  }

  /**
   * Every approved order in one file of the given format, as {@code --format} writes it.
   *
   * @throws IllegalArgumentException when the format cannot carry an order (a stock in CCXT)
   */
  public static String render(Review review, OrderFormat format, OrderTerms terms) {
    ExportPlan plan = plan(review, Routing.forced(format), "orders");
    if (!plan.isWritable()) {
      throw new IllegalArgumentException(String.join("; ", plan.problems()));
    }
    return render(review, plan.files().get(0), terms);
  }

  /** The files of the plan that already exist in the folder, orders files first. */
  public static List<Path> existing(Path folder, ExportPlan plan) {
    List<Path> existing = new ArrayList<>();
    for (Path target : targets(folder, plan)) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(target);
      }
    }
    return existing;
  }

  private static List<Path> targets(Path folder, ExportPlan plan) {
    List<Path> targets = new ArrayList<>();
    plan.files().forEach(file -> targets.add(folder.resolve(file.name())));
    targets.add(folder.resolve(plan.manifest()));
    return targets;
  }

  /**
   * Writes every orders file of the plan and its manifest into {@code folder}, all or none (see
   * {@link AtomicFiles#writeAll}): the orders files first, the manifest last.
   *
   * @param overwrite whether existing files may be replaced; without it, no file is written when
   *     any of them exists
   * @throws IllegalStateException when the plan has problems: check {@link ExportPlan#problems()}
   * @throws IOException when a file exists ({@link AtomicFiles.TargetsExist}) or cannot be written;
   *     nothing of the export is then left behind
   */
  public static Written write(
      Path folder,
      ExportPlan plan,
      Review review,
      OrderTerms terms,
      Source source,
      Instant createdAt,
      boolean overwrite)
      throws IOException {
    if (!plan.isWritable()) {
      throw new IllegalStateException("not writable: " + String.join("; ", plan.problems()));
    }
    ExportContext context = new ExportContext(review.proposal());
    List<AtomicFiles.Output> outputs = new ArrayList<>();
    Map<String, String> digests = new HashMap<>();
    List<Path> orders = new ArrayList<>();
    for (OrderFile file : plan.files()) {
      byte[] bytes =
          FormatWriter.of(file.format())
              .render(file, file.trades(), terms, context)
              .getBytes(StandardCharsets.UTF_8);
      Path target = folder.resolve(file.name());
      outputs.add(new AtomicFiles.Output(target, bytes));
      digests.put(file.name(), Digests.sha256(bytes));
      orders.add(target);
    }
    Path manifest = folder.resolve(plan.manifest());
    String manifestText = ExportManifest.render(plan, review, terms, source, createdAt, digests);
    outputs.add(new AtomicFiles.Output(manifest, manifestText.getBytes(StandardCharsets.UTF_8)));
    AtomicFiles.writeAll(outputs, overwrite, source.inputs());
    return new Written(orders, manifest);
  }

  /**
   * The manifest of a one-file export written to {@code orders}: its name plus {@code
   * .manifest.json}.
   */
  public static Path manifestPath(Path orders) {
    return orders.resolveSibling(ExportPlanner.manifestOf(orders.getFileName().toString()));
  }

  /** The client order id of a trade: the proposal id and the trade id, as in {@code keel-…-T3}. */
  public static String clientOrderId(Proposal proposal, Trade trade) {
    return proposal.id() + "-" + trade.id();
  }

  /** Crypto trades around the clock, so its orders stay good until cancelled; others are DAY. */
  static String timeInForce(Instrument instrument) {
    return switch (instrument.type()) {
      case CRYPTO_SPOT, STABLECOIN, PERPETUAL -> "GTC";
      default -> "DAY";
    };
  }

  /** A number as the files write it: plain, no trailing zeros; empty for none. */
  static String plain(BigDecimal value) {
    return value == null ? "" : Decimals.plain(value);
  }
}
