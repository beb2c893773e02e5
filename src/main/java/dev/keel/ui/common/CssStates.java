package dev.keel.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * States a view marks in CSS (stale, invalid, breached, rejected), as pseudo-classes. Switching a
 * pseudo-class moves a node to another of its cached styles; adding or removing a style class
 * applies the style sheets again to the node and everything under it, which on a table is every
 * cell, and on rows that a big book's table reuses at every scroll and sort cost the window most of
 * its pauses (docs/performance.md).
 */
public final class CssStates {
  private CssStates() {}

  /**
   * Gives {@code node} the state {@code state} while {@code condition} is true. The node holds the
   * condition: a derived binding (say, {@code isNotEmpty()}) is only weakly held by what it is
   * derived from, and would otherwise be collected, and the mark stop following, once the code that
   * made it returns.
   */
  public static void toggle(Node node, PseudoClass state, ObservableValue<Boolean> condition) {
    node.getProperties()
        .put(CssStates.class.getName() + "." + state.getPseudoClassName(), condition);
    node.pseudoClassStateChanged(state, Boolean.TRUE.equals(condition.getValue()));
    condition.addListener(
        (obs, was, now) -> node.pseudoClassStateChanged(state, Boolean.TRUE.equals(now)));
  }

  /** Whether {@code node} is in {@code state}. */
  public static boolean has(Node node, PseudoClass state) {
    return node.getPseudoClassStates().contains(state);
  }
}
