package dev.keel.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The real window shown on a test's stage, as KeelApp shows it, at a size of the test's. */
final class TestWindows {
  /** The clock of the window tests: the samples' as-of week. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  private TestWindows() {}

  /** Shows {@code viewModel}'s window on {@code stage}, at the screen's corner. */
  static MainWindow show(Stage stage, WorkstationViewModel viewModel, double width, double height) {
    MainWindow window = new MainWindow(viewModel, CLOCK);
    Scene scene = new Scene(window.root(), width, height);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    // The headless screen does not clip: a window reaching past its edge fails to draw.
    stage.setX(0);
    stage.setY(0);
    return window;
  }
}
