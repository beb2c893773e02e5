package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.io.AtomicFiles;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFile;
import dev.keel.io.export.Routing;
import dev.keel.ui.common.TypedNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
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
 */
public final class ExportViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

  private static final BigDecimal MAX_OFFSET_BPS = new BigDecimal("10000");

  /** Orders shown in the preview of each file. */
  static final int PREVIEW_ORDERS = 10;

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

  private final Review review;
  private final OrderExport.Source source;
  private final Clock clock;
  private final String stem;

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
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
  private ExportPlan plan;

  /**
   * @param review the review whose approved trades are exported
   * @param source the portfolio file behind it, for the manifest
   * @param suggested the file a one-file export would write ({@code folder/NAME.orders.csv}): the
   *     files are written in its folder, named from its {@code NAME}
   */
  public ExportViewModel(Review review, OrderExport.Source source, Path suggested, Clock clock) {
    this.review = review;
    this.source = source;
    this.clock = clock;
    this.stem = stem(suggested);
    Path parent = suggested.getParent();
    folder.set(parent != null ? parent : suggested.toAbsolutePath().getParent());
    routing.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the other files, not these
          update();
        });
    orderType.addListener((obs, old, now) -> update());
    limitOffset.addListener((obs, old, now) -> update());
    folder.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the files of the other folder
          update();
        });
    update();
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

  private void update() {
    long approved = review.count(Decision.APPROVED);
    long rejected = review.count(Decision.REJECTED);
    long pending = review.count(Decision.PENDING);
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
    result.set("");
    Set<String> existing = new HashSet<>();
    if (folder.get() != null) {
      OrderExport.existing(folder.get(), plan)
          .forEach(path -> existing.add(path.getFileName().toString()));
    }
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
    Optional<OrderTerms> terms = terms();
    List<String> problems = review.problems();
    if (terms.isEmpty()) {
      error.set("Limit offset: type basis points from 0 to 9999, such as 10");
    } else if (!problems.isEmpty()) {
      error.set("Nothing can be exported while " + String.join("; ", problems));
    } else if (approved == 0) {
      error.set("No trade is approved: approve the trades to send first");
    } else if (!plan.isWritable()) {
      int more = plan.problems().size() - 1;
      error.set(
          "Nothing can be exported: "
              + plan.problems().get(0)
              + (more == 0
                  ? ""
                  : " (and " + more + " more such " + (more == 1 ? "order)" : "orders)")));
    } else if (folder.get() == null) {
      error.set("Choose where to write the orders");
    } else {
      error.set("");
    }
    canExport.set(error.get().isEmpty());
    preview.set(plan.isWritable() ? terms.map(this::previewOf).orElse("") : "");
  }

  /** The first orders of each file; with several files, each under its name. */
  private String previewOf(OrderTerms terms) {
    StringBuilder text = new StringBuilder();
    for (OrderFile file : plan.files()) {
      if (!plan.isSingleFile()) {
        text.append(text.length() == 0 ? "" : "\n")
            .append("=== ")
            .append(file.name())
            .append(" (")
            .append(file.orders())
            .append(file.orders() == 1 ? " order" : " orders")
            .append(") ===\n");
      }
      text.append(OrderExport.preview(review, file, terms, PREVIEW_ORDERS));
      if (file.orders() > PREVIEW_ORDERS) {
        text.append("… and ").append(file.orders() - PREVIEW_ORDERS).append(" more orders\n");
      }
    }
    return text.toString();
  }

  /**
   * Writes every file and the manifest, all or none. Says whether it worked; {@link
   * #resultProperty()} then says what was written, or {@link #errorProperty()} what went wrong and
   * what to do.
   */
  public boolean export() {
    update();
    Optional<OrderTerms> terms = terms();
    if (!canExport.get() || terms.isEmpty()) {
      return false;
    }
    Path target = folder.get();
    ExportPlan writing = plan;
    OrderExport.Written written;
    try {
      written =
          OrderExport.write(
              target, writing, review, terms.get(), source, clock.instant(), overwrite.get());
    } catch (AtomicFiles.TargetsExist e) {
      boolean one = e.existing().size() == 1;
      error.set(
          e.existing().stream().map(Path::toString).collect(Collectors.joining(", "))
              + (one ? " exists" : " exist")
              + ": tick \"Replace existing files\" or choose another "
              + (writing.isSingleFile() ? "name" : "folder")
              + "; nothing was written");
      return false;
    } catch (IOException e) {
      LOG.warn("export to {} failed", target, e);
      error.set(
          "Could not write "
              + (writing.isSingleFile()
                  ? writing.files().get(0).name()
                  : "the " + writing.files().size() + " order files")
              + ": "
              + AtomicFiles.describe(e)
              + (e instanceof AtomicFiles.NotUndone ? "" : "; nothing was written")
              + ", the review is kept");
      return false;
    }
    update(); // the files now exist
    result.set(describe(writing, written));
    return true;
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

  public ReadOnlyBooleanProperty canExportProperty() {
    return canExport.getReadOnlyProperty();
  }
}
