package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

class StyleClassesTest {
  @Test
  void aDerivedCondition_keepsMarkingTheNode_afterTheCodeThatMadeItHasReturned() {
    SimpleStringProperty problem = new SimpleStringProperty("");
    Pane field = new Pane();
    StyleClasses.toggle(field, "invalid", problem.isNotEmpty()); // nobody else holds the binding

    for (int i = 0; i < 5; i++) {
      System.gc(); // a weakly held binding would be gone now
    }
    problem.set("not a folder");
    assertThat(field.getStyleClass()).containsOnlyOnce("invalid");
    problem.set("");
    assertThat(field.getStyleClass()).doesNotContain("invalid");
  }
}
