package dev.keel.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons of the window (Material Design icons through Ikonli) and icon buttons. */
public final class Icons {
  private Icons() {}

  public static FontIcon of(Ikon ikon) {
    FontIcon icon = new FontIcon(ikon);
    icon.getStyleClass().add("keel-icon");
    return icon;
  }

  /**
   * A toolbar button showing only an icon; the tooltip and the accessible text say what it does,
   * with its shortcut, for the mouse and for screen readers.
   */
  public static Button button(Ikon ikon, String text, String shortcut, Runnable action) {
    Button button = new Button(null, of(ikon));
    String described = shortcut == null ? text : text + " (" + shortcut + ")";
    button.setTooltip(new Tooltip(described));
    button.setAccessibleText(text);
    button.setOnAction(event -> action.run());
    button.getStyleClass().add("flat");
    return button;
  }
}
