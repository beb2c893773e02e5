package dev.keel.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.holdings.HoldingsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * The export dialog on a runner the test holds: the folder typed and marked, busy while the files
 * are written, then closed.
 */
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

  private static Review approvedCrypto() {
    return Review.of(
            Rebalancer.DEFAULT.propose(
                TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT))
        .approveAll();
  }

  /** Replaces the folder's text by typing {@code text} into it, key by key. */
  /**
   * Types {@code text} over the field's text as a keystroke does (the selection replaced), without
   * depending on which window has the keyboard: in the whole suite another test's window may.
   */
  private static void typeFolder(FxRobot robot, TextField field, String text) {
    robot.interact(
        () -> {
          field.requestFocus();
          field.selectAll();
          field.replaceSelection(text);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field.getText()).isEqualTo(text);
  }

  @Test
  void typingAFolder_marksOneThatCannotBeUsed_andListsTheFilesOfAGoodOne(FxRobot robot)
      throws Exception {
    Path good = Files.createDirectory(folder.resolve("good"));
    Files.writeString(good.resolve("crypto.orders.json"), "there");
    ManualTaskRunner runner = new ManualTaskRunner(); // used on the JavaFX thread only
    robot.interact(
        () -> {
          ExportViewModel viewModel =
              new ExportViewModel(
                  runner,
                  approvedCrypto(),
                  new OrderExport.Source("crypto-spot.json", "ab"),
                  folder.resolve("crypto.orders.csv"),
                  CLOCK);
          runner.runAll(Lane.FILES);
          new ExportDialog(viewModel, stage).dialog().show();
        });
    TextField field = robot.lookup("#export-destination").queryAs(TextField.class);
    Button export = robot.lookup("#export-button").queryButton();
    Label error = robot.lookup("#export-error").queryAs(Label.class);
    TableView<?> files = robot.lookup("#export-files").queryTableView();
    assertThat(field.isEditable()).isTrue();
    assertThat(export.isDisabled()).isFalse();

    typeFolder(robot, field, "orders"); // relative: refused as typed, the disk is not asked

    String relative = "Folder: orders is a relative path: type the whole path, from the root";
    assertThat(CssStates.has(field, HoldingsView.INVALID)).isTrue();
    assertThat(field.getTooltip().getText()).isEqualTo(relative);
    assertThat(error.getText()).isEqualTo(relative);
    assertThat(export.isDisabled()).isTrue();

    Path missing = folder.resolve("missing");
    typeFolder(robot, field, missing.toString());
    robot.interact(() -> runner.runAll(Lane.FILES)); // the look, answered on the FX thread

    String notThere = "Folder: " + missing + " does not exist: create it or choose another";
    assertThat(CssStates.has(field, HoldingsView.INVALID)).isTrue();
    assertThat(field.getTooltip().getText()).isEqualTo(notThere);
    assertThat(error.getText()).isEqualTo(notThere);
    assertThat(export.isDisabled()).isTrue();

    typeFolder(robot, field, good.toString());
    assertThat(export.isDisabled()).as("not looked at yet").isTrue();
    robot.interact(() -> runner.runAll(Lane.FILES));

    assertThat(CssStates.has(field, HoldingsView.INVALID)).isFalse();
    assertThat(field.getTooltip()).isNull();
    assertThat(error.getText()).isEmpty();
    assertThat(export.isDisabled()).isFalse();
    assertThat(files.getItems())
        .singleElement()
        .isEqualTo(new ExportViewModel.FileRow("crypto.orders.json", "Kraken", "ccxt", 4, true));
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
