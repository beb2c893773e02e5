package dev.keel.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo over immutable states: each edit pushes the new state with a description, undo
 * steps back, redo steps forward, and a new edit after an undo drops what could have been redone.
 * Because the states are immutable values, an undo can never leave a half-changed document.
 *
 * @param <T> the state, an immutable value
 */
public final class History<T> {
  /** How many edits are kept; older ones can no longer be undone. */
  static final int LIMIT = 200;

  private record Step<T>(T state, String description) {}

  private final Deque<Step<T>> past = new ArrayDeque<>();
  private final Deque<Step<T>> future = new ArrayDeque<>();
  private final ReadOnlyObjectWrapper<T> current = new ReadOnlyObjectWrapper<>();
  private String currentDescription = "";
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

  /** Starts over from {@code state}: nothing to undo or redo. */
  public void reset(T state) {
    past.clear();
    future.clear();
    currentDescription = "";
    current.set(state);
    refresh();
  }

  /** Records an edit that led to {@code state}. */
  public void push(T state, String description) {
    past.push(new Step<>(current.get(), currentDescription));
    if (past.size() > LIMIT) {
      past.removeLast();
    }
    future.clear();
    currentDescription = description;
    current.set(state);
    refresh();
  }

  /** Steps back one edit; says which edit was undone, empty when there was none. */
  public Optional<String> undo() {
    if (past.isEmpty()) {
      return Optional.empty();
    }
    String undone = currentDescription;
    future.push(new Step<>(current.get(), currentDescription));
    Step<T> back = past.pop();
    currentDescription = back.description();
    current.set(back.state());
    refresh();
    return Optional.of(undone);
  }

  /** Makes the last undone edit again; says which, empty when there was none. */
  public Optional<String> redo() {
    if (future.isEmpty()) {
      return Optional.empty();
    }
    past.push(new Step<>(current.get(), currentDescription));
    Step<T> forward = future.pop();
    currentDescription = forward.description();
    current.set(forward.state());
    refresh();
    return Optional.of(forward.description());
  }

  private void refresh() {
    canUndo.set(!past.isEmpty());
    canRedo.set(!future.isEmpty());
    undoText.set(past.isEmpty() ? "Undo" : "Undo " + currentDescription);
    redoText.set(future.isEmpty() ? "Redo" : "Redo " + future.peek().description());
  }

  public T current() {
    return current.get();
  }

  public ReadOnlyObjectProperty<T> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** "Undo" followed by what the next undo takes back, for the menu. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  /** "Redo" followed by what the next redo makes again, for the menu. */
  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }
}
