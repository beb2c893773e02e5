package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.Routing;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.common.TypedNumbers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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

/**
 * The export dialog's state: how formats are chosen (by each account's venue, or one for every
 * order), market or limit orders and the offset, the folder, the files the export will write (name,
 * venue, format, orders, whether one exists), a preview of their first rows, and the result of
 * writing. Only approved trades are written, and nothing at all while a pending problem (an
 * account's cash below its floor, an order its venue's format cannot carry) stands. The files are
 * written all or none; a failed write says what to do and leaves every file as it was.
 *
 * <p>The disk is asked on the files lane of the task runner, never on the JavaFX thread: which of
 * the files exist when the folder or the files change ({@link ExistingFiles}), and the write itself
 * ({@link ExportWriter}), during which the view-model is busy and Export is disabled. A keystroke
 * in the offset only checks it and redraws the preview's first rows; the review does not change
 * while the dialog is open, so its problems and counts are worked out once ({@link PlannedExport}).
 */
public final class ExportViewModel {
  private static final BigDecimal MAX_OFFSET_BPS = new BigDecimal("10000");

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

  private final Clock clock;

  /** Which files, their summary, why they cannot be written, their preview. */
  private final PlannedExport planned;

  /** Which of the files exist, as last looked on the files lane. */
  private final ExistingFiles existing;

  /** The write on the files lane, and what it says of its result. */
  private final ExportWriter writer;

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
    this.clock = clock;
    this.planned = new PlannedExport(review, stem(suggested));
    this.existing = new ExistingFiles(runner, this::showFiles);
    this.writer = new ExportWriter(runner, review, source);
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
    planned.replan(routing.get());
    summary.set(planned.summary());
    existing.forget();
    showFiles();
    lookAtFolder();
    refresh();
  }

  /** Asks the disk, on the files lane, which of the plan's files are already in the folder. */
  private void lookAtFolder() {
    existing.lookAt(folder.get(), planned.plan());
  }

  private void showFiles() {
    files.setAll(
        planned.plan().files().stream()
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
    String refusal = planned.refusal(terms, folder.get() != null);
    error.set(refusal.isEmpty() ? writeFailure : refusal);
    canExport.set(refusal.isEmpty() && !writing.get()); // a failed write may be tried again
    exportText.set(writing.get() ? WRITING : EXPORT);
    preview.set(planned.plan().isWritable() ? terms.map(planned::preview).orElse("") : "");
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
    ExportPlan writingPlan = planned.plan();
    boolean replace = overwrite.get();
    Instant createdAt = clock.instant();
    writeFailure = "";
    result.set("");
    writing.set(true);
    writer.write(
        target,
        writingPlan,
        terms.get(),
        replace,
        createdAt,
        done -> {
          writing.set(false);
          result.set(done);
          lookAtFolder(); // the files now exist
          written.set(true);
        },
        failure -> {
          writeFailure = failure;
          writing.set(false); // refreshes: the error shows, Export may be pressed again
          lookAtFolder(); // a file may have come meanwhile
        });
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
