package dev.keel.ui.workspace;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The place of a view Keel does not fill yet: what it will show, and that nothing of it is worked
 * out today, so that an empty view is never taken for a book without risk.
 */
public final class PlaceholderView {
  private PlaceholderView() {}

  /** The place of {@code view}, a view Keel does not fill yet. */
  public static Node of(ViewId view) {
    return switch (view) {
      case RISK ->
          of(
              view,
              "Risk from price history",
              "This view will show the book's volatility, value at risk and expected shortfall, and"
                  + " where the risk comes from, before and after the proposal. Keel does not read"
                  + " price history yet.");
      default -> throw new IllegalArgumentException(view + " is a view of its own, not a place");
    };
  }

  /** A view titled {@code heading} saying {@code text}. */
  private static Node of(ViewId view, String heading, String text) {
    Label title = new Label(heading);
    title.getStyleClass().add("title-4");
    Label body = new Label(text);
    body.setWrapText(true);
    body.setMaxWidth(720);
    VBox box = new VBox(8, title, body);
    box.setId("placeholder-" + view.key());
    box.setPadding(new Insets(16));
    return box;
  }
}
