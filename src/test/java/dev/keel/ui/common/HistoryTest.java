package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTest {
  private final History<String> history = new History<>();

  @Test
  void undoAndRedo_walkTheEditsBothWays() {
    history.reset("a");
    history.push("b", "set b");
    history.push("c", "set c");

    assertThat(history.undo()).contains("set c");
    assertThat(history.current()).isEqualTo("b");
    assertThat(history.undoTextProperty().get()).isEqualTo("Undo set b");
    assertThat(history.redoTextProperty().get()).isEqualTo("Redo set c");
    assertThat(history.undo()).contains("set b");
    assertThat(history.current()).isEqualTo("a");
    assertThat(history.canUndoProperty().get()).isFalse();
    assertThat(history.undo()).isEmpty();

    assertThat(history.redo()).contains("set b");
    assertThat(history.redo()).contains("set c");
    assertThat(history.current()).isEqualTo("c");
    assertThat(history.canRedoProperty().get()).isFalse();
  }

  @Test
  void anEditAfterAnUndo_dropsWhatCouldBeRedone() {
    history.reset("a");
    history.push("b", "set b");
    history.undo();

    history.push("x", "set x");

    assertThat(history.canRedoProperty().get()).isFalse();
    assertThat(history.redo()).isEmpty();
    assertThat(history.undo()).contains("set x");
    assertThat(history.current()).isEqualTo("a");
  }

  @Test
  void reset_forgetsEverything() {
    history.reset("a");
    history.push("b", "set b");

    history.reset("z");

    assertThat(history.current()).isEqualTo("z");
    assertThat(history.canUndoProperty().get()).isFalse();
    assertThat(history.undoTextProperty().get()).isEqualTo("Undo");
  }

  @Test
  void onlyTheNewestEditsAreKept() {
    history.reset("0");
    for (int i = 1; i <= History.LIMIT + 5; i++) {
      history.push(String.valueOf(i), "edit " + i);
    }
    int undone = 0;
    while (history.undo().isPresent()) {
      undone++;
    }
    assertThat(undone).isEqualTo(History.LIMIT);
    assertThat(history.current()).isEqualTo("5");
  }
}
