package dev.keel.archprobe.io;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Breaks ioUses: io hands out JavaFX collections. */
public final class IoUsesJavaFx {
  private IoUsesJavaFx() {}

  static ObservableList<String> lines() {
    return FXCollections.observableArrayList();
  }
}
