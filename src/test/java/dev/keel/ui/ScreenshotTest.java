package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.ui.holdings.HoldingsViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the main views of the samples to PNG without a display. The README's pictures come from
 * {@code mvn test -Dtest=ScreenshotTest -Dkeel.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
  private HoldingsViewModel viewModel;
  private Scene scene;

  @Start
  void start(Stage stage) {
    viewModel = new HoldingsViewModel();
    scene = new Scene(new MainWindow(viewModel).root(), 1100, 440);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  private Path render(FxRobot robot, Runnable open, String name) throws Exception {
    robot.interact(open);
    Path png = Screenshots.write(scene, name);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1100);
    assertThat(image.getHeight()).isEqualTo(440);
    return png;
  }

  @Test
  void holdings_crypto(FxRobot robot) throws Exception {
    render(robot, () -> viewModel.open(TestPortfolios.CRYPTO), "holdings-crypto.png");
  }

  @Test
  void holdings_stocks(FxRobot robot) throws Exception {
    render(robot, () -> viewModel.open(TestPortfolios.STOCKS), "holdings-stocks.png");
  }

  @Test
  void openErrors(FxRobot robot) throws Exception {
    render(
        robot,
        () -> {
          viewModel.open(TestPortfolios.DERIVATIVES);
          viewModel.open(TestPortfolios.SAMPLES.resolve("bad/unknown-field.json"));
        },
        "open-errors.png");
  }
}
