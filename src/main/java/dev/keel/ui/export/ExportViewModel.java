package dev.keel.ui.export;

import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.LocalFiles;
import dev.keel.io.LocalFiles.FolderState;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.Routing;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.common.TypedNumbers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
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
 * <p>The folder is typed (or chosen, which types it): the text must name a folder by its whole path
 * ({@link TypedFolder}), and that folder must exist and may be written in; until both are known,
 * Export is disabled, and {@link #folderProblemProperty()} says what is wrong. The window may
 * suggest several folders, best first ({@link #suggestFolders}): the first that can be written in
 * is filled in, unless the trader types another meanwhile ({@link FolderChoice}).
 *
 * <p>The disk is asked on the files lane of the task runner, never on the JavaFX thread: what the
 * folder is and which of the files exist in it, when the folder or the files change ({@link
 * FolderLook}), and the write itself ({@link ExportWriter}), during which the view-model is busy
 * and Export is disabled. A keystroke in the offset only checks it and redraws the preview's first
 * rows; the review does not change while the dialog is open, so its problems and counts are worked
 * out once ({@link PlannedExport}).
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

  /** The folder as typed, what it was found to be, and which of the files exist in it. */
  private final FolderChoice folder;

  /** The write on the files lane, and what it says of its result. */
  private final ExportWriter writer;

  private final ObjectProperty<Routing> routing = new SimpleObjectProperty<>(Routing.BY_VENUE);
  private final ObjectProperty<OrderTerms.OrderType> orderType =
      new SimpleObjectProperty<>(OrderTerms.OrderType.MARKET);
  private final StringProperty limitOffset = new SimpleStringProperty("10");
  private final ReadOnlyStringWrapper folderProblem = new ReadOnlyStringWrapper("");
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

  /** The margin guard, and whether the trader lets the export go past it. */
  private final GuardConsent guard;

  /** Why the last write failed, until something changes; empty when it did not. */
  private String writeFailure = "";

  /** The folder the files were written in, once they were. */
  private Path writtenFolder;

  /**
   * @param runner where the disk is asked: which files exist, and the write
   * @param review the review whose approved trades are exported
   * @param source the portfolio file behind it, for the manifest
   * @param suggested the file a one-file export would write ({@code folder/NAME.orders.csv}): the
   *     files are written in its folder, named from its {@code NAME}
   */
  public ExportViewModel(
      TaskRunner runner, Review review, OrderExport.Source source, Path suggested, Clock clock) {
    this(runner, review, source, null, suggested, clock, LocalFiles::folderState);
  }

  /**
   * @param guard the margin guard's figures, {@code null} for a book not guarded: while an account
   *     ends past its guard, Export waits for {@link #overrideGuardProperty()}
   */
  public ExportViewModel(
      TaskRunner runner,
      Review review,
      OrderExport.Source source,
      GuardReport guard,
      Path suggested,
      Clock clock) {
    this(runner, review, source, guard, suggested, clock, LocalFiles::folderState);
  }

  /**
   * @param folders what a path names, as a folder to write in; asked on the files lane
   */
  ExportViewModel(
      TaskRunner runner,
      Review review,
      OrderExport.Source source,
      GuardReport guard,
      Path suggested,
      Clock clock,
      Function<Path, FolderState> folders) {
    this.clock = clock;
    this.guard = new GuardConsent(guard);
    this.guard.overriddenProperty().addListener((obs, old, now) -> refresh());
    this.planned = new PlannedExport(review, stem(suggested));
    Path parent = suggested.toAbsolutePath().getParent();
    this.folder = new FolderChoice(runner, folders, planned::plan, parent, this::looked);
    this.writer = new ExportWriter(runner, review, source, guard);
    routing.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the other files, not these
          changed();
          replan();
        });
    orderType.addListener((obs, old, now) -> changed());
    limitOffset.addListener((obs, old, now) -> changed());
    overwrite.addListener((obs, old, now) -> changed());
    // replacing was agreed for the files of the other folder
    folder.folderProperty().addListener((obs, old, now) -> overwrite.set(false));
    folder.textProperty().addListener((obs, old, now) -> changed());
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

  /** An answer about the folder stands: which files exist there, and whether it can be used. */
  private void looked() {
    showFiles();
    refresh();
  }

  /**
   * Suggests these folders, best first: the first is filled in at once and, while the look on the
   * files lane finds that it cannot be written in, the next one, until one can or none is left.
   * Once the trader types or chooses a folder, no suggestion is filled in over it.
   */
  public void suggestFolders(List<Path> folders) {
    folder.suggest(folders);
  }

  /** The folder chosen with Choose…: it is filled in as if typed. */
  public void choose(Path chosen) {
    folder.textProperty().set(chosen.toString());
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
    folder.forgetFiles();
    showFiles();
    folder.lookAgain();
    refresh();
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
                        folder.contains(file.name())))
            .toList());
  }

  /** The error, whether Export may be pressed, what the dialog says and the preview. */
  private void refresh() {
    Optional<OrderTerms> terms = terms();
    folderProblem.set(folder.problem());
    String refusal = planned.refusal(terms, folderProblem.get());
    if (refusal.isEmpty()) {
      refusal = guard.refusal();
    }
    error.set(refusal.isEmpty() ? writeFailure : refusal);
    // a failed write may be tried again; while the folder is looked at, it may not be usable
    canExport.set(refusal.isEmpty() && folder.isKnown() && !writing.get());
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
    Path target = folder.folderProperty().get();
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
        guard.isOverridden(),
        done -> {
          writtenFolder = target;
          writing.set(false);
          result.set(done);
          folder.lookAgain(); // the files now exist
          written.set(true);
        },
        failure -> {
          writeFailure = failure;
          writing.set(false); // refreshes: the error shows, Export may be pressed again
          folder.lookAgain(); // a file may have come meanwhile
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

  /** The folder as typed: its whole path, from the root. */
  public StringProperty folderTextProperty() {
    return folder.textProperty();
  }

  /** The folder the files are written in: the one the text names, {@code null} when none. */
  public ReadOnlyObjectProperty<Path> folderProperty() {
    return folder.folderProperty();
  }

  /**
   * Why the files cannot be written in the folder as typed, said with what to do; empty when they
   * can, and while the folder is being looked at.
   */
  public ReadOnlyStringProperty folderProblemProperty() {
    return folderProblem.getReadOnlyProperty();
  }

  /** The folder Choose… starts in: the one typed, when the last look found it to be a folder. */
  public Optional<Path> folderToBrowse() {
    return folder.toBrowse();
  }

  /** The folder the files were written in, once they were: the one to suggest next time. */
  public Optional<Path> writtenFolder() {
    return Optional.ofNullable(writtenFolder);
  }

  /** Whether existing files may be replaced. */
  public BooleanProperty overwriteProperty() {
    return overwrite;
  }

  /** Whether the trader exports although an account ends past its margin guard. */
  public BooleanProperty overrideGuardProperty() {
    return guard.overriddenProperty();
  }

  /** Whether an account ends past its margin guard: the dialog then offers the override. */
  public boolean guardBlocks() {
    return guard.blocks();
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
