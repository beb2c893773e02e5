package dev.keel.ui.export;

import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.AtomicFiles;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write of the export's files and manifest, all or none, on the files lane of the task runner,
 * and the sentence the dialog shows of its result: what was written, or what went wrong and what to
 * do.
 */
final class ExportWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ExportWriter.class);

  private final TaskRunner runner;
  private final Review review;
  private final OrderExport.Source source;

  /**
   * @param runner where the files are written
   * @param review the review whose approved trades are exported
   * @param source the portfolio file behind it, for the manifest
   */
  ExportWriter(TaskRunner runner, Review review, OrderExport.Source source, GuardReport guard) {
    this.runner = runner;
    this.review = review;
    this.source = source;
    this.guard = guard;
  }

  /** The guard's figures for the manifest, {@code null} when the book is not guarded. */
  private final GuardReport guard;

  /**
   * Submits the write of every file of the plan and the manifest to the files lane; once it is
   * back, on the view-model's thread, {@code onWritten} gets what was written, or {@code onFailed}
   * why nothing was.
   *
   * @param folder the folder the files are written in
   * @param replace whether existing files may be replaced
   * @param createdAt the manifest's creation time
   * @param guardOverridden whether the trader exports past the margin guard
   */
  void write(
      Path folder,
      ExportPlan plan,
      OrderTerms terms,
      boolean replace,
      Instant createdAt,
      boolean guardOverridden,
      Consumer<String> onWritten,
      Consumer<String> onFailed) {
    OrderExport.Source written =
        new OrderExport.Source(
            source.inputName(), source.inputSha256(), source.inputs(), guard, guardOverridden);
    runner.submit(
        Lane.FILES,
        () -> OrderExport.write(folder, plan, review, terms, written, createdAt, replace),
        done -> onWritten.accept(describe(plan, done)),
        failure -> onFailed.accept(failureText(failure, plan, folder)));
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
}
