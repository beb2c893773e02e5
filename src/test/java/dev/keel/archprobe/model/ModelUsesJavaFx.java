package dev.keel.archprobe.model;

import javafx.beans.property.SimpleStringProperty;

/** Breaks modelUses: a model value typed with a JavaFX property. */
public final class ModelUsesJavaFx {
  private ModelUsesJavaFx() {}

  static SimpleStringProperty name() {
    return new SimpleStringProperty("x");
  }
}
