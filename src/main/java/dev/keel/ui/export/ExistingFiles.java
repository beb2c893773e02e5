package dev.keel.ui.export;

import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the export's files are already in the folder, as last looked: the disk is asked on the
 * files lane, never on the JavaFX thread, and a newer look (another folder, other files) cancels
 * the one before. What a look finds is handed to the dialog when it is back; a look that fails
 * finds nothing, since the write itself still refuses to replace a file.
 */
final class ExistingFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ExistingFiles.class);

  /** Which of the files exist: a newer look cancels the one before. */
  private final LatestTask looking;

  /** Called on the view-model's thread whenever what is known to exist changes. */
  private final Runnable changed;

  /** The names of the plan's files found in the folder, as last looked. */
  private Set<String> names = Set.of();

  /**
   * @param runner where the disk is asked
   * @param changed what to do when the answer changes: show the files again
   */
  ExistingFiles(TaskRunner runner, Runnable changed) {
    this.looking = new LatestTask(runner, Lane.FILES);
    this.changed = changed;
  }

  /** Whether a file of that name was found in the folder at the last look. */
  boolean contains(String name) {
    return names.contains(name);
  }

  /** Forgets what the last look found (the files are other files now), without telling. */
  void forget() {
    names = Set.of();
  }

  /**
   * Asks the disk, on the files lane, which of the plan's files are already in the folder; with no
   * folder, cancels the look under way and knows of no file.
   */
  void lookAt(Path folder, ExportPlan plan) {
    if (folder == null) {
      looking.cancel();
      names = Set.of();
      changed.run();
      return;
    }
    looking.submit(
        () ->
            OrderExport.existing(folder, plan).stream()
                .map(path -> path.getFileName().toString())
                .collect(Collectors.toUnmodifiableSet()),
        found -> {
          names = found;
          changed.run();
        },
        failure -> {
          LOG.warn("could not look into {}", folder, failure);
          names = Set.of(); // not known: the write itself still refuses to replace a file
          changed.run();
        });
  }
}
