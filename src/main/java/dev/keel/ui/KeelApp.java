package dev.keel.ui;

import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.BackgroundTaskRunner;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one window on one portfolio. */
public final class KeelApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(KeelApp.class);

  /** The composition root's clock, handed over by {@link DesktopLauncher} before launch. */
  private static volatile Clock launchClock;

  private Stage stage;
  private BackgroundTaskRunner runner;

  static void useClock(Clock clock) {
    launchClock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void start(Stage primary) {
    Clock clock = launchClock;
    if (clock == null) {
      throw new IllegalStateException("start the window through DesktopLauncher.launch");
    }
    this.stage = primary;
    runner = new BackgroundTaskRunner();
    WorkstationViewModel viewModel =
        new WorkstationViewModel(
            runner, new WindowPrompts(() -> stage), WorkstationPrefs.defaultFile());
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(viewModel, error));
    MainWindow window = new MainWindow(viewModel, clock);
    Scene scene = new Scene(window.root(), 1440, 900);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.titleProperty().bind(viewModel.document().titleProperty());
    stage.setScene(scene);
    WorkstationPrefs.WindowBounds bounds = viewModel.windowBounds();
    if (bounds != null) {
      stage.setX(bounds.x());
      stage.setY(bounds.y());
      stage.setWidth(bounds.width());
      stage.setHeight(bounds.height());
      stage.setMaximized(bounds.maximized());
    }
    stage.setOnCloseRequest(
        event -> {
          if (!window.mayClose()) {
            event.consume();
          }
        });
    stage.show();
    StartupProbe.attach(viewModel);
    viewModel.start(getParameters().getRaw());
  }

  /**
   * Stops the background lanes: computations at once, the files lane once it has written what it
   * was given (within a limit), so a save in flight is never cut short by quitting.
   */
  @Override
  public void stop() {
    if (runner != null) {
      runner.close();
    }
  }

  /**
   * An error nobody caught: logged with its stack trace, shown in a dialog, and the window stays
   * usable with the edits it holds.
   */
  private static void unexpected(WorkstationViewModel viewModel, Throwable error) {
    LOG.error("unexpected error", error);
    Runnable show =
        () -> {
          viewModel.document().report("Unexpected error: " + error + " (details in the log)");
          Alert alert =
              new Alert(
                  Alert.AlertType.ERROR,
                  "Something went wrong: "
                      + error
                      + "\n\nThe details are in the log file. Your unsaved edits are kept; save"
                      + " them before trying again.");
          alert.setHeaderText("Unexpected error");
          alert.show();
        };
    if (Platform.isFxApplicationThread()) {
      show.run();
    } else {
      Platform.runLater(show);
    }
  }
}
