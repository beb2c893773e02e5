package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

class CssStatesTest {
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  @Test
  void aDerivedCondition_keepsMarkingTheNode_afterTheCodeThatMadeItHasReturned() {
    SimpleStringProperty problem = new SimpleStringProperty("");
    Pane field = new Pane();
    CssStates.toggle(field, INVALID, problem.isNotEmpty()); // nobody else holds the binding
    assertThat(CssStates.has(field, INVALID)).isFalse();

    for (int i = 0; i < 5; i++) {
      System.gc(); // a weakly held binding would be gone now
    }
    problem.set("not a folder");
    assertThat(CssStates.has(field, INVALID)).isTrue();
    assertThat(field.getStyleClass()).as("a state, not a style class").doesNotContain("invalid");
    problem.set("");
    assertThat(CssStates.has(field, INVALID)).isFalse();
  }
}
