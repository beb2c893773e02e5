package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.io.AtomicFiles;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFile;
import dev.keel.io.export.Routing;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.common.TypedNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export dialog's state: how formats are chosen (by each account's venue, or one for every
 * order), market or limit orders and the offset, the folder, the files the export will write (name,
 * venue, format, orders, whether one exists), a preview of their first rows, and the result of
 * writing. Only approved trades are written, and nothing at all while a pending problem (an
 * account's cash below its floor, an order its venue's format cannot carry) stands. The files are
 * written all or none; a failed write says what to do and leaves every file as it was.
 *
 * <p>The disk is asked on the files lane of the task runner, never on the JavaFX thread: which of
 * the files exist when the folder or the files change, and the write itself, during which the
 * view-model is busy and Export is disabled. A keystroke in the offset only checks it and redraws
 * the preview's first rows; the review does not change while the dialog is open, so its problems
 * and counts are worked out once.
 */
public final class ExportViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

  private static final BigDecimal MAX_OFFSET_BPS = new BigDecimal("10000");

  /** Orders shown in the preview of each file. */
  static final int PREVIEW_ORDERS = 10;

  /** What the Export button says while the files are written. */
  public static final String WRITING = "Writing…";

  /** What the Export button says otherwise. */
  public static final String EXPORT = "Export";

  /**
   * One file the export will write, as the dialog lists it.
   *
   * @param name the file's name in the folder
   * @param venue the venue it is for, or {@code several venues}
   * @param format the order format's label, such as {@code ccxt}
   * @param orders how many orders it holds
   * @param exists whether a file of that name is already in the folder
   */
  public record FileRow(String name, String venue, String format, int orders, boolean exists) {}

  private final TaskRunner runner;
  private final Review review;
  private final OrderExport.Source source;
  private final Clock clock;
  private final String stem;

  /** The review's pending problems and counts: it does not change while the dialog is open. */
  private final List<String> reviewProblems;

  private final long approved;
  private final long rejected;
  private final long pending;

  /**
   * Which of the files exist: a newer look (another folder, other files) cancels the one before.
   */
  private final LatestTask looking;

  private final ObjectProperty<Routing> routing = new SimpleObjectProperty<>(Routing.BY_VENUE);
  private final ObjectProperty<OrderTerms.OrderType> orderType =
      new SimpleObjectProperty<>(OrderTerms.OrderType.MARKET);
  private final StringProperty limitOffset = new SimpleStringProperty("10");
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final BooleanProperty overwrite = new SimpleBooleanProperty();
  private final ObservableList<FileRow> files = FXCollections.observableArrayList();
  private final ObservableList<FileRow> readOnlyFiles =
      FXCollections.unmodifiableObservableList(files);
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper exportText = new ReadOnlyStringWrapper(EXPORT);
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper written = new ReadOnlyBooleanWrapper();
  private ExportPlan plan;

  /** The names of the plan's files found in the folder, as last looked. */
  private Set<String> existing = Set.of();

  /** Why the last write failed, until something changes; empty when it did not. */
  private String writeFailure = "";

  /**
   * @param runner where the disk is asked: which files exist, and the write
   * @param review the review whose approved trades are exported
   * @param source the portfolio file behind it, for the manifest
   * @param suggested the file a one-file export would write ({@code folder/NAME.orders.csv}): the
   *     files are written in its folder, named from its {@code NAME}
   */
  public ExportViewModel(
      TaskRunner runner, Review review, OrderExport.Source source, Path suggested, Clock clock) {
    this.runner = runner;
    this.review = review;
    this.source = source;
    this.clock = clock;
    this.stem = stem(suggested);
    this.looking = new LatestTask(runner, Lane.FILES);
    this.reviewProblems = review.problems();
    this.approved = review.count(Decision.APPROVED);
    this.rejected = review.count(Decision.REJECTED);
    this.pending = review.count(Decision.PENDING);
    Path parent = suggested.getParent();
    folder.set(parent != null ? parent : suggested.toAbsolutePath().getParent());
    routing.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the other files, not these
          changed();
          replan();
        });
    orderType.addListener((obs, old, now) -> changed());
    limitOffset.addListener((obs, old, now) -> changed());
    overwrite.addListener((obs, old, now) -> changed());
    folder.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the files of the other folder
          changed();
          lookAtFolder();
        });
    writing.addListener((obs, old, now) -> refresh());
    replan();
  }

  /** The name the files are named from: {@code NAME} of {@code NAME.orders.csv}. */
  static String stem(Path suggested) {
    String name = suggested.getFileName().toString();
    String stripped = name.replaceFirst("\\.orders\\.(csv|json)$", "");
    if (!stripped.equals(name)) {
      return stripped;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The order terms from the dialog, or empty when the offset is not a valid number. */
  private Optional<OrderTerms> terms() {
    if (orderType.get() == OrderTerms.OrderType.MARKET) {
      return Optional.of(OrderTerms.MARKET);
    }
    return TypedNumbers.decimal(limitOffset.get())
        .filter(bps -> bps.compareTo(MAX_OFFSET_BPS) < 0)
        .map(OrderTerms::limit);
  }

  /** The user changed something: what was said about the last write no longer holds. */
  private void changed() {
    writeFailure = "";
    result.set("");
    refresh();
  }

  /** Which files the export writes, for the routing chosen; then which of them exist. */
  private void replan() {
    plan = OrderExport.plan(review, routing.get(), stem);
    summary.set(
        approved
            + " approved "
            + (approved == 1 ? "trade" : "trades")
            + " will be written to "
            + plan.files().size()
            + (plan.files().size() == 1 ? " file" : " files")
            + " ("
            + rejected
            + " rejected and "
            + pending
            + " pending are left out)");
    existing = Set.of();
    showFiles();
    lookAtFolder();
    refresh();
  }

  /** Asks the disk, on the files lane, which of the plan's files are already in the folder. */
  private void lookAtFolder() {
    Path in = folder.get();
    if (in == null) {
      looking.cancel();
      existing = Set.of();
      showFiles();
      return;
    }
    ExportPlan asked = plan;
    looking.submit(
        () ->
            OrderExport.existing(in, asked).stream()
                .map(path -> path.getFileName().toString())
                .collect(Collectors.toUnmodifiableSet()),
        found -> {
          existing = found;
          showFiles();
        },
        failure -> {
          LOG.warn("could not look into {}", in, failure);
          existing = Set.of(); // not known: the write itself still refuses to replace a file
          showFiles();
        });
  }

  private void showFiles() {
    files.setAll(
        plan.files().stream()
            .map(
                file ->
                    new FileRow(
                        file.name(),
                        file.venue() == null ? "several venues" : file.venue().displayName(),
                        file.format().label(),
                        file.orders(),
                        existing.contains(file.name())))
            .toList());
  }

  /** The error, whether Export may be pressed, what the dialog says and the preview. */
  private void refresh() {
    Optional<OrderTerms> terms = terms();
    String refusal = refusal(terms);
    error.set(refusal.isEmpty() ? writeFailure : refusal);
    canExport.set(refusal.isEmpty() && !writing.get()); // a failed write may be tried again
    exportText.set(writing.get() ? WRITING : EXPORT);
    preview.set(plan.isWritable() ? terms.map(this::previewOf).orElse("") : "");
  }

  /** Why nothing can be written as the dialog stands, said with what to do; empty when it can. */
  private String refusal(Optional<OrderTerms> terms) {
    if (terms.isEmpty()) {
      return "Limit offset: type basis points from 0 to 9999, such as 10";
    }
    if (!reviewProblems.isEmpty()) {
      return "Nothing can be exported while " + String.join("; ", reviewProblems);
    }
    if (approved == 0) {
      return "No trade is approved: approve the trades to send first";
    }
    if (!plan.isWritable()) {
      int more = plan.problems().size() - 1;
      return "Nothing can be exported: "
          + plan.problems().get(0)
          + (more == 0 ? "" : " (and " + more + " more such " + (more == 1 ? "order)" : "orders)"));
    }
    if (folder.get() == null) {
      return "Choose where to write the orders";
    }
    return "";
  }

  /** The first orders of each file; with several files, each under its name. */
  private String previewOf(OrderTerms terms) {
    StringBuilder text = new StringBuilder();
    List<String> beginnings = OrderExport.previews(review, plan, terms, PREVIEW_ORDERS);
    for (int i = 0; i < plan.files().size(); i++) {
      OrderFile file = plan.files().get(i);
      if (!plan.isSingleFile()) {
        text.append(text.length() == 0 ? "" : "\n")
            .append("=== ")
            .append(file.name())
            .append(" (")
            .append(file.orders())
            .append(file.orders() == 1 ? " order" : " orders")
            .append(") ===\n");
      }
      text.append(beginnings.get(i));
      if (file.orders() > PREVIEW_ORDERS) {
        text.append("… and ").append(file.orders() - PREVIEW_ORDERS).append(" more orders\n");
      }
    }
    return text.toString();
  }

  /**
   * Writes every file and the manifest, all or none, on the files lane: the view-model is {@link
   * #writingProperty() writing} until the result is back; then {@link #resultProperty()} says what
   * was written and {@link #writtenProperty()} turns true, or {@link #errorProperty()} says what
   * went wrong and what to do. Does nothing while Export may not be pressed.
   */
  public void export() {
    Optional<OrderTerms> terms = terms();
    if (!canExport.get() || terms.isEmpty()) {
      return;
    }
    Path target = folder.get();
    ExportPlan writingPlan = plan;
    boolean replace = overwrite.get();
    Instant createdAt = clock.instant();
    writeFailure = "";
    result.set("");
    writing.set(true);
    runner.submit(
        Lane.FILES,
        () ->
            OrderExport.write(target, writingPlan, review, terms.get(), source, createdAt, replace),
        done -> {
          writing.set(false);
          result.set(describe(writingPlan, done));
          lookAtFolder(); // the files now exist
          written.set(true);
        },
        failure -> {
          writeFailure = failureText(failure, writingPlan, target);
          writing.set(false); // refreshes: the error shows, Export may be pressed again
          lookAtFolder(); // a file may have come meanwhile
        });
  }

  private static String failureText(Throwable failure, ExportPlan plan, Path target) {
    if (failure instanceof AtomicFiles.TargetsExist exists) {
      boolean one = exists.existing().size() == 1;
      return exists.existing().stream().map(Path::toString).collect(Collectors.joining(", "))
          + (one ? " exists" : " exist")
          + ": tick \"Replace existing files\" or choose another "
          + (plan.isSingleFile() ? "name" : "folder")
          + "; nothing was written";
    }
    String what =
        plan.isSingleFile()
            ? plan.files().get(0).name()
            : "the " + plan.files().size() + " order files";
    if (failure instanceof IOException e) {
      LOG.warn("export to {} failed", target, e);
      return "Could not write "
          + what
          + ": "
          + AtomicFiles.describe(e)
          + (e instanceof AtomicFiles.NotUndone ? "" : "; nothing was written")
          + ", the review is kept";
    }
    LOG.error("unexpected error while exporting to {}", target, failure);
    return "Could not write " + what + ": unexpected error " + failure + " (details in the log)";
  }

  private static String describe(ExportPlan plan, OrderExport.Written written) {
    int orders = plan.orders();
    String count = orders + (orders == 1 ? " order" : " orders");
    if (plan.isSingleFile()) {
      return "Wrote "
          + count
          + " to "
          + written.orders().get(0)
          + " and its manifest "
          + written.manifest().getFileName();
    }
    String each =
        plan.files().stream()
            .map(file -> file.name() + " (" + file.orders() + ")")
            .collect(Collectors.joining(", "));
    return "Wrote "
        + count
        + " to "
        + plan.files().size()
        + " files in "
        + written.manifest().getParent()
        + ": "
        + each
        + ", and the manifest "
        + written.manifest().getFileName();
  }

  /** How each order's format is chosen: by its account's venue, or one for all. */
  public ObjectProperty<Routing> routingProperty() {
    return routing;
  }

  public ObjectProperty<OrderTerms.OrderType> orderTypeProperty() {
    return orderType;
  }

  /** The limit offset in basis points, as typed. */
  public StringProperty limitOffsetProperty() {
    return limitOffset;
  }

  /** The folder the files are written in. */
  public ObjectProperty<Path> folderProperty() {
    return folder;
  }

  /** Whether existing files may be replaced. */
  public BooleanProperty overwriteProperty() {
    return overwrite;
  }

  /** The files the export will write, in order; the manifest is written after them. */
  public ObservableList<FileRow> files() {
    return readOnlyFiles;
  }

  /** The first lines of each file as it would be written. */
  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** How many trades will be written, to how many files, and how many are left out. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Why the orders cannot be written now, empty when they can. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** What was written, after a successful export. */
  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** What the Export button says: {@value #WRITING} while the files are written. */
  public ReadOnlyStringProperty exportTextProperty() {
    return exportText.getReadOnlyProperty();
  }

  /** True from {@link #export()} until its result is back. */
  public ReadOnlyBooleanProperty writingProperty() {
    return writing.getReadOnlyProperty();
  }

  /** True once the files were written: the dialog has done its work. */
  public ReadOnlyBooleanProperty writtenProperty() {
    return written.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canExportProperty() {
    return canExport.getReadOnlyProperty();
  }
}
