package dev.keel.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog on a runner the test holds: busy while the files are written, then closed. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ExportDialogTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @Test
  void export_saysWriting_andStaysOpenUntilTheWriteIsBack_thenCloses(FxRobot robot)
      throws Exception {
    Review review =
        Review.of(
                Rebalancer.DEFAULT.propose(
                    TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT))
            .approveAll();
    ManualTaskRunner runner = new ManualTaskRunner(); // used on the JavaFX thread only
    ExportDialog[] dialog = new ExportDialog[1];
    robot.interact(
        () -> {
          ExportViewModel viewModel =
              new ExportViewModel(
                  runner,
                  review,
                  new OrderExport.Source("crypto-spot.json", "ab"),
                  folder.resolve("crypto.orders.csv"),
                  CLOCK);
          runner.runAll(Lane.FILES); // which files exist
          dialog[0] = new ExportDialog(viewModel, stage);
          dialog[0].dialog().show();
        });
    Button export = robot.lookup("#export-button").queryButton();
    Button cancel = (Button) dialog[0].dialog().getDialogPane().lookupButton(ButtonType.CANCEL);
    assertThat(export.getText()).isEqualTo("Export");

    robot.clickOn(export);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(export.getText()).isEqualTo("Writing…");
    assertThat(export.isDisabled()).isTrue();
    assertThat(cancel.isDisabled()).isTrue();
    assertThat(dialog[0].dialog().isShowing()).isTrue();
    assertThat(folder.resolve("crypto.orders.json")).doesNotExist();

    robot.interact(() -> runner.runNext(Lane.FILES)); // the write, delivered on the FX thread

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog[0].dialog().isShowing());
    assertThat(dialog[0].dialog().getResult()).isEqualTo(ExportDialog.EXPORT);
    assertThat(Files.readString(folder.resolve("crypto.orders.json"))).contains("keel-");
  }
}
