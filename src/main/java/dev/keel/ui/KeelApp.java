package dev.keel.ui;

import dev.keel.ui.holdings.HoldingsViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window on one portfolio. */
public final class KeelApp extends Application {
  /** The sample opened when no file is named. */
  public static final String DEFAULT_SAMPLE = "crypto-spot.json";

  @Override
  public void start(Stage stage) {
    HoldingsViewModel viewModel = new HoldingsViewModel();
    List<String> args = getParameters().getRaw();
    if (args.isEmpty()) {
      viewModel.openSample(DEFAULT_SAMPLE);
    } else {
      viewModel.open(Path.of(args.get(0)));
    }
    Scene scene = new Scene(new MainWindow(viewModel).root(), 1100, 640);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.titleProperty().bind(viewModel.titleProperty());
    stage.setScene(scene);
    stage.show();
  }
}
