package dev.keel.ui.export;

import dev.keel.io.LocalFiles;
import dev.keel.io.LocalFiles.FolderState;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.LatestTask;
import dev.keel.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the export's folder is, as last looked: whether it is a folder that may be written in, and
 * which of the export's files are already there. The disk is asked on the files lane, never on the
 * JavaFX thread, both questions in one look; a newer look (another folder, other files) cancels the
 * one before, so only the answer for the folder as it is now typed arrives. A look that fails
 * refuses nothing and finds no file: the write itself still says what is wrong and refuses to
 * replace a file.
 */
final class FolderLook {
  private static final Logger LOG = LoggerFactory.getLogger(FolderLook.class);

  /** What one look found. */
  private record Found(FolderState state, Set<String> names) {}

  /** The latest look: a newer one cancels the one before. */
  private final LatestTask looking;

  /** The question the look asks of the disk: {@link LocalFiles#folderState} but in tests. */
  private final Function<Path, FolderState> ask;

  /** Called on the view-model's thread whenever an answer arrives. */
  private final Runnable changed;

  /** The folder the last answer is for; {@code null} before the first. */
  private Path looked;

  /** What that folder was found to be; {@code null} when the look failed. */
  private FolderState state;

  /** The names of the plan's files found in the folder, as last looked. */
  private Set<String> names = Set.of();

  /**
   * @param runner where the disk is asked
   * @param ask what a path names, as a folder to write in
   * @param changed what to do when an answer arrives: show the folder's state and the files again
   */
  FolderLook(TaskRunner runner, Function<Path, FolderState> ask, Runnable changed) {
    this.looking = new LatestTask(runner, Lane.FILES);
    this.ask = ask;
    this.changed = changed;
  }

  /** Whether a file of that name was found in the folder at the last look. */
  boolean contains(String name) {
    return names.contains(name);
  }

  /** Forgets which files the last look found (the files are other files now), without telling. */
  void forget() {
    names = Set.of();
  }

  /** Whether the last answer is for {@code folder}: until it is, the folder is being looked at. */
  boolean knows(Path folder) {
    return folder != null && folder.equals(looked);
  }

  /** What the folder of the last answer was found to be; {@code null} when the look failed. */
  FolderState state() {
    return state;
  }

  /**
   * Why the files cannot be written in the folder of the last answer, said with what to do; empty
   * when they can, or when the look failed (the write then says what is wrong).
   */
  String problem() {
    return state == null ? "" : problem(looked, state);
  }

  static String problem(Path folder, FolderState state) {
    return switch (state) {
      case WRITABLE -> "";
      case NOT_WRITABLE ->
          "Folder: " + folder + " may not be written in: choose a folder of your own";
      case MISSING -> "Folder: " + folder + " does not exist: create it or choose another";
      case FILE ->
          "Folder: "
              + folder
              + " is a file, not a folder: type the folder to write in, such as "
              + folder.getParent();
      case NOT_A_FOLDER -> "Folder: " + folder + " is not a folder: choose a folder";
    };
  }

  /**
   * Asks the disk, on the files lane, what {@code folder} is and which of the plan's files are
   * already in it; with no folder, cancels the look under way and knows of no file.
   */
  void lookAt(Path folder, ExportPlan plan) {
    if (folder == null) {
      looking.cancel();
      names = Set.of();
      changed.run();
      return;
    }
    looking.submit(
        () -> {
          FolderState found = ask.apply(folder);
          return new Found(
              found, found == FolderState.WRITABLE ? existing(folder, plan) : Set.of());
        },
        found -> answered(folder, found.state(), found.names()),
        failure -> {
          LOG.warn("could not look into {}", folder, failure);
          answered(folder, null, Set.of()); // not known: the write itself still refuses
        });
  }

  private static Set<String> existing(Path folder, ExportPlan plan) {
    return OrderExport.existing(folder, plan).stream()
        .map(path -> path.getFileName().toString())
        .collect(Collectors.toUnmodifiableSet());
  }

  private void answered(Path folder, FolderState found, Set<String> foundNames) {
    looked = folder;
    state = found;
    names = foundNames;
    changed.run();
  }
}
