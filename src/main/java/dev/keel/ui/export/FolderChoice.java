package dev.keel.ui.export;

import dev.keel.io.LocalFiles.FolderState;
import dev.keel.io.export.ExportPlan;
import dev.keel.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The folder the export writes in, as the dialog has it: the text typed, the folder it names
 * ({@link TypedFolder}), what the last look on the files lane found there ({@link FolderLook}), and
 * the suggested folders still to try. Each change of the text that names another folder looks at
 * it; suggestions are filled in one after the other while the look finds that they cannot be
 * written in, until the trader types or chooses a folder.
 */
final class FolderChoice {
  private final StringProperty text = new SimpleStringProperty();
  private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
  private final FolderLook look;

  /** The files the export writes, whose presence in the folder is looked at. */
  private final Supplier<ExportPlan> plan;

  /** Called when an answer about the folder stands: show the files and the problem again. */
  private final Runnable answered;

  /** What the text names, as last typed. */
  private TypedFolder typed;

  /** The suggested folders still to try, best first, while the trader has typed none. */
  private final Deque<Path> suggestions = new ArrayDeque<>();

  /** True while a suggestion is filled in, which is no typing of the trader's. */
  private boolean suggesting;

  /**
   * @param ask what a path names, as a folder to write in; asked on the files lane
   * @param initial the folder filled in at first, looked at once the view-model asks
   * @param answered what to do when an answer about the folder stands
   */
  FolderChoice(
      TaskRunner runner,
      Function<Path, FolderState> ask,
      Supplier<ExportPlan> plan,
      Path initial,
      Runnable answered) {
    this.look = new FolderLook(runner, ask, this::looked);
    this.plan = plan;
    this.answered = answered;
    text.set(initial.toString());
    typed = TypedFolder.parse(text.get());
    folder.set(typed.path());
    text.addListener((obs, old, now) -> typed(now));
  }

  /** The text changed: the folder it names is looked at, unless it is the same. */
  private void typed(String now) {
    if (!suggesting) {
      suggestions.clear(); // the trader's own folder: no suggestion is filled in over it
    }
    typed = TypedFolder.parse(now);
    if (!Objects.equals(typed.path(), folder.get())) {
      folder.set(typed.path());
      lookAgain();
    }
  }

  /** Asks the disk, on the files lane, what the folder is and which files are already in it. */
  void lookAgain() {
    look.lookAt(folder.get(), plan.get());
  }

  /** Forgets which files were found (the files are other files now), without telling. */
  void forgetFiles() {
    look.forget();
  }

  /** Whether a file of that name was found in the folder at the last look. */
  boolean contains(String name) {
    return look.contains(name);
  }

  /** Whether what the text names is known: its problem, or the look's answer for its folder. */
  boolean isKnown() {
    return typed.path() == null || look.knows(typed.path());
  }

  /** Why the files cannot be written in the folder as typed; empty when they can or not known. */
  String problem() {
    if (typed.path() == null) {
      return typed.problem();
    }
    return look.knows(typed.path()) ? look.problem() : "";
  }

  /** Fills in the first of {@code folders}, made absolute; the others wait their turn. */
  void suggest(List<Path> folders) {
    suggestions.clear();
    suggestions.addAll(new LinkedHashSet<>(folders.stream().map(Path::toAbsolutePath).toList()));
    suggestNext();
  }

  private void suggestNext() {
    Path next = suggestions.poll();
    if (next == null) {
      return;
    }
    Path before = folder.get();
    suggesting = true;
    try {
      text.set(next.toString());
    } finally {
      suggesting = false;
    }
    if (Objects.equals(before, folder.get()) && look.knows(before)) {
      looked(); // the folder it was already, looked at: its answer stands, or gives way
    }
  }

  /** The look at the folder is back: a suggestion that cannot be written in gives way. */
  private void looked() {
    if (!problem().isEmpty() && !suggestions.isEmpty()) {
      suggestNext(); // looks at the next one; the dialog hears when its answer is back
      return;
    }
    answered.run();
  }

  /** The folder Choose… starts in: the one typed, when the last look found it to be a folder. */
  Optional<Path> toBrowse() {
    Path current = folder.get();
    boolean isFolder =
        look.knows(current)
            && (look.state() == FolderState.WRITABLE || look.state() == FolderState.NOT_WRITABLE);
    return isFolder ? Optional.of(current) : Optional.empty();
  }

  StringProperty textProperty() {
    return text;
  }

  ReadOnlyObjectProperty<Path> folderProperty() {
    return folder.getReadOnlyProperty();
  }
}
