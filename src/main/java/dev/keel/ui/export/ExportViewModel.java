package dev.keel.ui.export;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.io.AtomicFiles;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFormat;
import dev.keel.ui.common.TypedNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export dialog's state: which format, market or limit orders and the offset, where to write, a
 * preview of the first rows, and the result of writing. Only approved trades are written, and
 * nothing at all while a pending problem (an account's cash below its floor) stands. A failed write
 * says what to do and leaves every file as it was.
 */
public final class ExportViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

  private static final BigDecimal MAX_OFFSET_BPS = new BigDecimal("10000");

  /** Orders shown in the preview. */
  static final int PREVIEW_ORDERS = 10;

  private final Review review;
  private final OrderExport.Source source;
  private final Clock clock;

  private final ObjectProperty<OrderFormat> format =
      new SimpleObjectProperty<>(OrderFormat.GENERIC);
  private final ObjectProperty<OrderTerms.OrderType> orderType =
      new SimpleObjectProperty<>(OrderTerms.OrderType.MARKET);
  private final StringProperty limitOffset = new SimpleStringProperty("10");
  private final ObjectProperty<Path> destination = new SimpleObjectProperty<>();
  private final BooleanProperty overwrite = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();

  /**
   * @param review the review whose approved trades are exported
   * @param source the portfolio file behind it, for the manifest
   * @param suggested the file proposed at first (the format's extension is put on it)
   */
  public ExportViewModel(Review review, OrderExport.Source source, Path suggested, Clock clock) {
    this.review = review;
    this.source = source;
    this.clock = clock;
    destination.set(withExtension(suggested, format.get()));
    format.addListener(
        (obs, old, now) -> {
          if (destination.get() != null) {
            destination.set(withExtension(destination.get(), now));
          }
          update();
        });
    orderType.addListener((obs, old, now) -> update());
    limitOffset.addListener((obs, old, now) -> update());
    destination.addListener(
        (obs, old, now) -> {
          overwrite.set(false); // replacing was agreed for the other file, not this one
          update();
        });
    update();
  }

  /** {@code orders.csv} for CSV formats, {@code orders.json} for CCXT. */
  static Path withExtension(Path file, OrderFormat format) {
    if (file == null) {
      return null;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return file.resolveSibling(stem + "." + format.extension());
  }

  /** The order terms from the dialog, or empty with {@link #errorProperty()} set. */
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
    summary.set(
        approved
            + " approved "
            + (approved == 1 ? "trade" : "trades")
            + " will be written ("
            + rejected
            + " rejected and "
            + pending
            + " pending are left out)");
    result.set("");
    Optional<OrderTerms> terms = terms();
    List<String> problems = review.problems();
    if (terms.isEmpty()) {
      error.set("Limit offset: type basis points from 0 to 9999, such as 10");
    } else if (!problems.isEmpty()) {
      error.set("Nothing can be exported while " + String.join("; ", problems));
    } else if (approved == 0) {
      error.set("No trade is approved: approve the trades to send first");
    } else if (destination.get() == null) {
      error.set("Choose where to write the orders");
    } else {
      error.set("");
    }
    canExport.set(error.get().isEmpty());
    preview.set(terms.map(this::previewOf).orElse(""));
  }

  private String previewOf(OrderTerms terms) {
    long approved = review.count(Decision.APPROVED);
    String shown = OrderExport.preview(review, format.get(), terms, PREVIEW_ORDERS);
    return approved > PREVIEW_ORDERS
        ? shown + "… and " + (approved - PREVIEW_ORDERS) + " more orders\n"
        : shown;
  }

  /**
   * Writes the orders and their manifest. Says whether it worked; {@link #resultProperty()} then
   * holds the path, or {@link #errorProperty()} what went wrong and what to do.
   */
  public boolean export() {
    update();
    Optional<OrderTerms> terms = terms();
    if (!canExport.get() || terms.isEmpty()) {
      return false;
    }
    Path target = destination.get();
    try {
      OrderExport.write(
          target, review, format.get(), terms.get(), source, clock.instant(), overwrite.get());
    } catch (FileAlreadyExistsException e) {
      error.set(
          e.getFile()
              + " exists: tick \"Replace existing files\" or choose another name; nothing was"
              + " written");
      return false;
    } catch (IOException e) {
      LOG.warn("export to {} failed", target, e);
      error.set(
          "Could not write "
              + target.getFileName()
              + ": "
              + AtomicFiles.describe(e)
              + "; nothing was written, the review is kept");
      return false;
    }
    result.set(
        "Wrote "
            + review.count(Decision.APPROVED)
            + " orders to "
            + target
            + " and its manifest "
            + OrderExport.manifestPath(target).getFileName());
    return true;
  }

  public ObjectProperty<OrderFormat> formatProperty() {
    return format;
  }

  public ObjectProperty<OrderTerms.OrderType> orderTypeProperty() {
    return orderType;
  }

  /** The limit offset in basis points, as typed. */
  public StringProperty limitOffsetProperty() {
    return limitOffset;
  }

  public ObjectProperty<Path> destinationProperty() {
    return destination;
  }

  /** Whether existing files may be replaced. */
  public BooleanProperty overwriteProperty() {
    return overwrite;
  }

  /** The first lines of the file as it would be written. */
  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** How many trades will be written and how many are left out. */
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
