package dev.keel.archprobe.ui;

import javafx.scene.control.Label;

/** Breaks viewModelsTouchNoSceneGraph: a view-model holds a node. */
public final class SceneGraphViewModel {
  private SceneGraphViewModel() {}

  static Label title() {
    return new Label("x");
  }
}
