package dev.keel.ui;

import javafx.scene.control.MenuItem;

/** The texts of menu items as the menus show them: the mnemonic's mark read and taken off. */
final class MenuTexts {
  private MenuTexts() {}

  /** A menu item's text as shown: without the mark of its mnemonic. */
  static String shown(MenuItem item) {
    int mark = mnemonicAt(item.getText());
    String text =
        mark < 0
            ? item.getText()
            : item.getText().substring(0, mark - 1) + item.getText().substring(mark);
    return text.replace("__", "_");
  }

  /** Where a text's mnemonic is (the letter after the first single {@code _}), or -1. */
  static int mnemonicAt(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '_') {
        if (text.charAt(i + 1) != '_') {
          return i + 1;
        }
        i++; // "__" is an underscore shown as it is
      }
    }
    return -1;
  }
}
