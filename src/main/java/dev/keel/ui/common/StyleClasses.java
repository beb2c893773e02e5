package dev.keel.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Style classes that follow a condition, for the states a view marks in CSS (stale, invalid). */
public final class StyleClasses {
  private StyleClasses() {}

  /**
   * Gives {@code node} the style class {@code styleClass} while {@code condition} is true. The node
   * holds the condition: a derived binding (say, {@code isNotEmpty()}) is only weakly held by what
   * it is derived from, and would otherwise be collected, and the mark stop following, once the
   * code that made it returns.
   */
  public static void toggle(Node node, String styleClass, ObservableValue<Boolean> condition) {
    node.getProperties().put(StyleClasses.class.getName() + "." + styleClass, condition);
    apply(node, styleClass, Boolean.TRUE.equals(condition.getValue()));
    condition.addListener((obs, was, now) -> apply(node, styleClass, Boolean.TRUE.equals(now)));
  }

  private static void apply(Node node, String styleClass, boolean on) {
    node.getStyleClass().remove(styleClass);
    if (on) {
      node.getStyleClass().add(styleClass);
    }
  }
}
